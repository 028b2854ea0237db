-- Reference data: problem taxonomy and provinces. Admins extend these rows; codes never change.

CREATE TABLE problem_aspect (
    code     TEXT PRIMARY KEY,
    label_zh TEXT NOT NULL,
    label_en TEXT NOT NULL
);

CREATE TABLE problem_kind (
    code          TEXT PRIMARY KEY,
    aspect_code   TEXT NOT NULL REFERENCES problem_aspect (code),
    label_zh      TEXT NOT NULL,
    label_en      TEXT NOT NULL,
    introduced_by TEXT NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE
);

INSERT INTO problem_aspect (code, label_zh, label_en) VALUES
    ('personal-information', 'APP、SDK违规处理用户个人信息', 'Apps and SDKs processing personal information unlawfully'),
    ('obstruction', '设置障碍、频繁骚扰用户', 'Obstructing and harassing users'),
    ('deception', '欺骗误导用户', 'Deceiving and misleading users'),
    ('distribution', '应用分发平台责任落实不到位', 'Distribution platforms failing their duties');

INSERT INTO problem_kind (code, aspect_code, label_zh, label_en, introduced_by) VALUES
    ('collect-without-consent', 'personal-information', '违规收集个人信息', 'Collecting personal information without consent', '工信部信管函〔2020〕164号'),
    ('collect-beyond-scope', 'personal-information', '超范围收集个人信息', 'Collecting personal information beyond scope or frequency', '工信部信管函〔2020〕164号'),
    ('use-beyond-purpose', 'personal-information', '违规使用个人信息', 'Using or sharing personal information beyond the stated purpose', '工信部信管函〔2020〕164号'),
    ('forced-targeted-push', 'personal-information', '强制用户使用定向推送功能', 'Forcing users to accept targeted push', '工信部信管函〔2020〕164号'),
    ('excessive-permissions', 'obstruction', 'APP强制、频繁、过度索取权限', 'Forced, frequent or excessive permission requests', '工信部信管函〔2020〕164号'),
    ('frequent-self-start', 'obstruction', 'APP频繁自启动和关联启动', 'Frequent self-start and chained launching', '工信部信管函〔2020〕164号'),
    ('deceptive-download', 'deception', '欺骗误导用户下载APP', 'Deceiving users into downloading apps', '工信部信管函〔2020〕164号'),
    ('deceptive-personal-info', 'deception', '欺骗误导用户提供个人信息', 'Deceiving users into giving personal information', '工信部信管函〔2020〕164号'),
    ('store-info-display', 'distribution', '应用分发平台上的APP信息明示不到位', 'Store does not display app information', '工信部信管函〔2020〕164号'),
    ('store-management', 'distribution', '应用分发平台管理责任落实不到位', 'Store listing management is lax', '工信部信管函〔2020〕164号'),
    ('share-with-third-party', 'personal-information', '私自共享给第三方', 'Sharing with third parties without consent', '工信部信管函〔2019〕337号'),
    ('deny-service-without-permission', 'obstruction', '不给权限不让用', 'Refusing service unless a permission is granted', '工信部信管函〔2019〕337号'),
    ('frequent-permission-requests', 'obstruction', '频繁申请权限', 'Requesting permissions frequently', '工信部信管函〔2019〕337号'),
    ('excessive-permission-requests', 'obstruction', '过度索取权限', 'Requesting excessive permissions', '工信部信管函〔2019〕337号'),
    ('hard-account-deletion', 'obstruction', '账号注销难', 'Account deletion made difficult', '工信部信管函〔2019〕337号'),
    ('unlawful-popup-push', 'obstruction', '违规推送弹窗信息', 'Pushing pop-up messages unlawfully', 'later notices');

CREATE TABLE province (
    code     CHAR(2) PRIMARY KEY,
    name_zh  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    bureau_zh TEXT NOT NULL
);

INSERT INTO province (code, name_zh, name_en, bureau_zh) VALUES
    ('11', '北京市', 'Beijing', '北京市通信管理局'),
    ('12', '天津市', 'Tianjin', '天津市通信管理局'),
    ('13', '河北省', 'Hebei', '河北省通信管理局'),
    ('14', '山西省', 'Shanxi', '山西省通信管理局'),
    ('15', '内蒙古自治区', 'Inner Mongolia', '内蒙古自治区通信管理局'),
    ('21', '辽宁省', 'Liaoning', '辽宁省通信管理局'),
    ('22', '吉林省', 'Jilin', '吉林省通信管理局'),
    ('23', '黑龙江省', 'Heilongjiang', '黑龙江省通信管理局'),
    ('31', '上海市', 'Shanghai', '上海市通信管理局'),
    ('32', '江苏省', 'Jiangsu', '江苏省通信管理局'),
    ('33', '浙江省', 'Zhejiang', '浙江省通信管理局'),
    ('34', '安徽省', 'Anhui', '安徽省通信管理局'),
    ('35', '福建省', 'Fujian', '福建省通信管理局'),
    ('36', '江西省', 'Jiangxi', '江西省通信管理局'),
    ('37', '山东省', 'Shandong', '山东省通信管理局'),
    ('41', '河南省', 'Henan', '河南省通信管理局'),
    ('42', '湖北省', 'Hubei', '湖北省通信管理局'),
    ('43', '湖南省', 'Hunan', '湖南省通信管理局'),
    ('44', '广东省', 'Guangdong', '广东省通信管理局'),
    ('45', '广西壮族自治区', 'Guangxi', '广西壮族自治区通信管理局'),
    ('46', '海南省', 'Hainan', '海南省通信管理局'),
    ('50', '重庆市', 'Chongqing', '重庆市通信管理局'),
    ('51', '四川省', 'Sichuan', '四川省通信管理局'),
    ('52', '贵州省', 'Guizhou', '贵州省通信管理局'),
    ('53', '云南省', 'Yunnan', '云南省通信管理局'),
    ('54', '西藏自治区', 'Tibet', '西藏自治区通信管理局'),
    ('61', '陕西省', 'Shaanxi', '陕西省通信管理局'),
    ('62', '甘肃省', 'Gansu', '甘肃省通信管理局'),
    ('63', '青海省', 'Qinghai', '青海省通信管理局'),
    ('64', '宁夏回族自治区', 'Ningxia', '宁夏回族自治区通信管理局'),
    ('65', '新疆维吾尔自治区', 'Xinjiang', '新疆维吾尔自治区通信管理局');
