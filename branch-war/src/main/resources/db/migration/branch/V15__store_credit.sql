-- Store credit: a credit note issued by a refund to the STORE_CREDIT tender, kept at this branch with its balance.
-- Spending it is a sale's STORE_CREDIT payment whose reference is the note's number (payments.reference), so the
-- receipts it paid are found through the payments; the balance goes down in the sale's transaction and never below 0.
CREATE TABLE store_credits (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    number        VARCHAR(32)   NOT NULL,
    amount        DECIMAL(19,2) NOT NULL,
    balance       DECIMAL(19,2) NOT NULL,
    return_id     BIGINT        NOT NULL,
    business_date DATE          NOT NULL,
    issued_at     DATETIME(6)   NOT NULL,
    issued_by     VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_store_credits_number UNIQUE (number),
    CONSTRAINT fk_store_credits_return FOREIGN KEY (return_id) REFERENCES product_returns (id),
    CONSTRAINT ck_store_credits_balance CHECK (amount > 0 AND balance >= 0 AND balance <= amount)
);
CREATE INDEX ix_store_credits_return ON store_credits (return_id);
CREATE INDEX ix_payments_reference ON payments (reference);
