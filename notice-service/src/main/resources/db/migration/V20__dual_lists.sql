-- Dual lists (双清单): per app version, what personal information the app collects (kind, purpose, scenario) and
-- what it shares with third parties (recipient, kind, purpose, scenario, method), filed by the app's operator.
-- A list is a DRAFT until published; a published list version never changes (the triggers below refuse it, whoever
-- asks), and a change after publication is a new version of the list for the same app version.

-- The kinds of personal information: one vocabulary for the lists and for the data flows findings observe.
CREATE TABLE personal_info_kind (
    code     TEXT PRIMARY KEY,
    label_zh TEXT NOT NULL,
    label_en TEXT NOT NULL,
    position INT  NOT NULL UNIQUE
);

INSERT INTO personal_info_kind (code, label_zh, label_en, position) VALUES
    ('device-id', '设备标识符', 'Device identifiers (IMEI, Android ID, OAID, MAC)', 1),
    ('location', '位置信息', 'Location', 2),
    ('contacts', '通讯录', 'Contacts', 3),
    ('sms', '短信', 'SMS messages', 4),
    ('call-log', '通话记录', 'Call log', 5),
    ('photos-storage', '相册/存储', 'Photos and storage', 6),
    ('installed-apps', '应用列表', 'Installed apps', 7),
    ('phone-number', '手机号码', 'Phone number', 8),
    ('id-document', '身份证件', 'ID documents', 9),
    ('biometrics', '生物识别信息', 'Biometrics (face, fingerprint)', 10),
    ('audio', '麦克风/录音', 'Microphone and audio recordings', 11),
    ('camera', '摄像头', 'Camera', 12),
    ('clipboard', '剪切板', 'Clipboard', 13),
    ('account', '账号信息', 'Account information (name, nickname, avatar)', 14),
    ('payment', '支付信息', 'Payment information', 15),
    ('browsing', '浏览和搜索记录', 'Browsing and search history', 16),
    ('sensors', '传感器信息', 'Sensor data', 17),
    ('network', '网络信息', 'Network information (IP, Wi-Fi, carrier)', 18);

CREATE TABLE dual_list (
    id           UUID PRIMARY KEY,
    package_name TEXT        NOT NULL REFERENCES app (package_name),
    app_version  TEXT        NOT NULL,
    version      INT         NOT NULL CHECK (version >= 1),
    status       TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    updated_by   TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    published_by TEXT,
    published_at TIMESTAMPTZ,
    UNIQUE (package_name, app_version, version),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL AND published_by IS NOT NULL))
);

-- At most one draft per app version: the next version being written.
CREATE UNIQUE INDEX dual_list_one_draft ON dual_list (package_name, app_version) WHERE status = 'DRAFT';
CREATE INDEX dual_list_by_app ON dual_list (package_name, app_version, version);

-- The rows of both lists of one list version: COLLECTED (个人信息收集清单) or SHARED (第三方共享清单).
CREATE TABLE dual_list_entry (
    list_id   UUID NOT NULL REFERENCES dual_list (id),
    list_kind TEXT NOT NULL CHECK (list_kind IN ('COLLECTED', 'SHARED')),
    position  INT  NOT NULL CHECK (position >= 0),
    kind      TEXT NOT NULL REFERENCES personal_info_kind (code),
    purpose   TEXT NOT NULL,
    scenario  TEXT NOT NULL,
    recipient TEXT,
    method    TEXT,
    PRIMARY KEY (list_id, list_kind, position),
    CHECK ((list_kind = 'SHARED') = (recipient IS NOT NULL AND method IS NOT NULL)),
    CHECK (list_kind = 'SHARED' OR (recipient IS NULL AND method IS NULL))
);
