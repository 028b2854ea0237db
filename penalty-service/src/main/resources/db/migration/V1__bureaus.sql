-- The 31 provincial communication administration bureaus (GB/T 2260 codes) and the ministry's bureau.

CREATE TABLE bureau (
    province_code CHAR(2) PRIMARY KEY,
    name_zh       TEXT NOT NULL,
    name_en       TEXT NOT NULL
);

INSERT INTO bureau (province_code, name_zh, name_en) VALUES
    ('00', '工业和信息化部信息通信管理局', 'MIIT Information and Communication Administration Bureau'),
    ('11', '北京市通信管理局', 'Beijing Communication Administration'),
    ('12', '天津市通信管理局', 'Tianjin Communication Administration'),
    ('13', '河北省通信管理局', 'Hebei Communication Administration'),
    ('14', '山西省通信管理局', 'Shanxi Communication Administration'),
    ('15', '内蒙古自治区通信管理局', 'Inner Mongolia Communication Administration'),
    ('21', '辽宁省通信管理局', 'Liaoning Communication Administration'),
    ('22', '吉林省通信管理局', 'Jilin Communication Administration'),
    ('23', '黑龙江省通信管理局', 'Heilongjiang Communication Administration'),
    ('31', '上海市通信管理局', 'Shanghai Communication Administration'),
    ('32', '江苏省通信管理局', 'Jiangsu Communication Administration'),
    ('33', '浙江省通信管理局', 'Zhejiang Communication Administration'),
    ('34', '安徽省通信管理局', 'Anhui Communication Administration'),
    ('35', '福建省通信管理局', 'Fujian Communication Administration'),
    ('36', '江西省通信管理局', 'Jiangxi Communication Administration'),
    ('37', '山东省通信管理局', 'Shandong Communication Administration'),
    ('41', '河南省通信管理局', 'Henan Communication Administration'),
    ('42', '湖北省通信管理局', 'Hubei Communication Administration'),
    ('43', '湖南省通信管理局', 'Hunan Communication Administration'),
    ('44', '广东省通信管理局', 'Guangdong Communication Administration'),
    ('45', '广西壮族自治区通信管理局', 'Guangxi Communication Administration'),
    ('46', '海南省通信管理局', 'Hainan Communication Administration'),
    ('50', '重庆市通信管理局', 'Chongqing Communication Administration'),
    ('51', '四川省通信管理局', 'Sichuan Communication Administration'),
    ('52', '贵州省通信管理局', 'Guizhou Communication Administration'),
    ('53', '云南省通信管理局', 'Yunnan Communication Administration'),
    ('54', '西藏自治区通信管理局', 'Tibet Communication Administration'),
    ('61', '陕西省通信管理局', 'Shaanxi Communication Administration'),
    ('62', '甘肃省通信管理局', 'Gansu Communication Administration'),
    ('63', '青海省通信管理局', 'Qinghai Communication Administration'),
    ('64', '宁夏回族自治区通信管理局', 'Ningxia Communication Administration'),
    ('65', '新疆维吾尔自治区通信管理局', 'Xinjiang Communication Administration');
