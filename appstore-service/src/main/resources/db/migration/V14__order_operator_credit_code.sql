-- The credit code of the app's operator on every order, so that an enterprise (role operator) reads the orders of its
-- own apps: taken from the TakedownOrdered event's operator.creditCode, and for a reinstatement from its takedown order.
-- Orders recorded before this migration have none (this service never held the code, so it cannot be filled honestly):
-- an enterprise does not see them.
ALTER TABLE takedown_order ADD COLUMN operator_credit_code TEXT;
ALTER TABLE undeliverable_order ADD COLUMN operator_credit_code TEXT;
CREATE INDEX takedown_order_operator_page ON takedown_order (operator_credit_code, ordered_at DESC, id DESC)
    WHERE operator_credit_code IS NOT NULL;
CREATE INDEX undeliverable_order_operator_page ON undeliverable_order (operator_credit_code, ordered_at DESC, id DESC)
    WHERE operator_credit_code IS NOT NULL;
