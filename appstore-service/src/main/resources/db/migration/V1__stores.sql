-- The store registry, seeded with the app stores named in the ministry's 2021 notices.
-- Province is where the store's operating company is registered (GB/T 2260); admins correct it as needed.

CREATE TABLE store (
    code          TEXT PRIMARY KEY,
    name_zh       TEXT        NOT NULL,
    name_en       TEXT        NOT NULL,
    company       TEXT        NOT NULL,
    province_code CHAR(2)     NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO store (code, name_zh, name_en, company, province_code) VALUES
    ('huawei', '华为应用市场', 'Huawei AppGallery', '华为软件技术有限公司', '32'),
    ('xiaomi', '小米应用商店', 'Xiaomi App Store', '北京小米移动软件有限公司', '11'),
    ('oppo', 'OPPO软件商店', 'OPPO App Market', 'OPPO广东移动通信有限公司', '44'),
    ('vivo', 'vivo应用商店', 'vivo App Store', '维沃移动通信有限公司', '44'),
    ('tencent', '应用宝', 'Tencent MyApp', '深圳市腾讯计算机系统有限公司', '44'),
    ('qihoo360', '360手机助手', '360 Mobile Assistant', '北京奇虎科技有限公司', '11'),
    ('wandoujia', '豌豆荚', 'Wandoujia', '广州市动景计算机科技有限公司', '44'),
    ('apple', 'App Store', 'Apple App Store', '苹果电子产品商贸（北京）有限公司', '11'),
    ('baidu', '百度手机助手', 'Baidu Mobile Assistant', '北京百度网讯科技有限公司', '11');
