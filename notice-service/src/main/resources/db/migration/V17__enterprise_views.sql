-- An enterprise (role operator) reads the notice items that name it by its credit code, newest notice first; its apps
-- are found by app_operator (V3), their findings by finding_package (V6).
CREATE INDEX notice_item_operator ON notice_item (operator_credit_code, notice_id);
