-- Tills: how HQ says the till works here (tax mode, cash rounding, tax rates, tenders), till sessions with their
-- float, paid-in/out and blind counts, and what each receipt and refund was paid with and taxed.

ALTER TABLE branch_profile ADD COLUMN jurisdiction VARCHAR(32) NULL;
ALTER TABLE branch_profile ADD COLUMN tax_mode VARCHAR(9) NOT NULL DEFAULT 'INCLUSIVE';
ALTER TABLE branch_profile ADD COLUMN cash_rounding DECIMAL(19,2) NOT NULL DEFAULT 0.01;

-- The jurisdiction's rates as HQ last sent them, replaced whole on each confirmation.
CREATE TABLE tax_rates (
    tax_category VARCHAR(16)  NOT NULL,
    valid_from   DATE         NOT NULL,
    rate         DECIMAL(6,3) NOT NULL,
    CONSTRAINT pk_tax_rates PRIMARY KEY (tax_category, valid_from)
);

-- The tenders HQ defined; CASH and CARD are always here.
CREATE TABLE tenders (
    code   VARCHAR(16) NOT NULL PRIMARY KEY,
    name   VARCHAR(64) NOT NULL,
    kind   VARCHAR(8)  NOT NULL,
    active BOOLEAN     NOT NULL
);
INSERT INTO tenders (code, name, kind, active) VALUES ('CASH', 'Cash', 'CASH', TRUE);
INSERT INTO tenders (code, name, kind, active) VALUES ('CARD', 'Card', 'CARD', TRUE);

ALTER TABLE products ADD COLUMN tax_category VARCHAR(16) NULL;

-- A till session: one till (a drawer, or the API till of terminals that name none) on one business date, from its
-- opening float to its blind count. OPEN takes sales; AWAITING_COUNT is a session whose date was closed before it
-- was counted; CLOSED is counted (and approved where the variance needed it), with its numbered Z report.
CREATE TABLE till_sessions (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    till_code       VARCHAR(16)   NOT NULL,
    business_date   DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    opening_float   DECIMAL(19,2) NOT NULL,
    opened_by       VARCHAR(64)   NOT NULL,
    opened_at       DATETIME(6)   NOT NULL,
    counted_by      VARCHAR(64)   NULL,
    counted_at      DATETIME(6)   NULL,
    cash_variance   DECIMAL(19,2) NULL,
    approved_by     VARCHAR(64)   NULL,
    approval_reason VARCHAR(500)  NULL,
    z_number        INT           NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_till_sessions_day FOREIGN KEY (business_date) REFERENCES business_days (business_date),
    CONSTRAINT uk_till_sessions_z UNIQUE (z_number)
);
CREATE INDEX ix_till_sessions_till ON till_sessions (till_code, status);
CREATE INDEX ix_till_sessions_date ON till_sessions (business_date);

-- Cash put into (PAID_IN) or taken out of (PAID_OUT) a drawer outside a sale, with why and who allowed it.
CREATE TABLE till_movements (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT        NOT NULL,
    kind        VARCHAR(8)    NOT NULL,
    amount      DECIMAL(19,2) NOT NULL,
    reason      VARCHAR(200)  NOT NULL,
    by_user     VARCHAR(64)   NOT NULL,
    moved_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_till_movements_session FOREIGN KEY (session_id) REFERENCES till_sessions (id)
);

-- The blind count of a session, per tender, frozen next to what was expected when it was counted.
CREATE TABLE till_counts (
    session_id BIGINT        NOT NULL,
    tender     VARCHAR(16)   NOT NULL,
    expected   DECIMAL(19,2) NOT NULL,
    counted    DECIMAL(19,2) NOT NULL,
    CONSTRAINT pk_till_counts PRIMARY KEY (session_id, tender),
    CONSTRAINT fk_till_counts_session FOREIGN KEY (session_id) REFERENCES till_sessions (id)
);

-- Receipts: the till session, the tax (frozen per line), cash rounding and the change handed back.
-- Earlier receipts were paid in cash, untaxed, to no till.
ALTER TABLE receipts ADD COLUMN till_session_id BIGINT NULL;
ALTER TABLE receipts ADD COLUMN tax_total DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE receipts ADD COLUMN rounding DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE receipts ADD COLUMN change_given DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE receipts ADD COLUMN tax_mode VARCHAR(9) NOT NULL DEFAULT 'INCLUSIVE';
ALTER TABLE receipts ADD CONSTRAINT fk_receipts_till_session FOREIGN KEY (till_session_id) REFERENCES till_sessions (id);
CREATE INDEX ix_receipts_session ON receipts (till_session_id);

ALTER TABLE receipt_lines ADD COLUMN tax_rate DECIMAL(6,3) NOT NULL DEFAULT 0;
ALTER TABLE receipt_lines ADD COLUMN tax_amount DECIMAL(19,2) NOT NULL DEFAULT 0;
-- What the customer paid for the line: amount, plus tax where tax was added at the till.
ALTER TABLE receipt_lines ADD COLUMN line_total DECIMAL(19,2) NOT NULL DEFAULT 0;
UPDATE receipt_lines SET line_total = amount;

-- How a receipt was paid, or a refund given back: one row per tender. For cash, tendered is what the customer
-- handed over (amount + change); reference and last_four are a card's approval reference and last four digits.
CREATE TABLE payments (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_id  BIGINT        NULL,
    return_id   BIGINT        NULL,
    session_id  BIGINT        NULL,
    tender      VARCHAR(16)   NOT NULL,
    amount      DECIMAL(19,2) NOT NULL,
    tendered    DECIMAL(19,2) NULL,
    reference   VARCHAR(32)   NULL,
    last_four   VARCHAR(4)    NULL,
    CONSTRAINT fk_payments_receipt FOREIGN KEY (receipt_id) REFERENCES receipts (id),
    CONSTRAINT fk_payments_return FOREIGN KEY (return_id) REFERENCES product_returns (id),
    CONSTRAINT fk_payments_session FOREIGN KEY (session_id) REFERENCES till_sessions (id)
);
CREATE INDEX ix_payments_receipt ON payments (receipt_id);
CREATE INDEX ix_payments_return ON payments (return_id);
CREATE INDEX ix_payments_session ON payments (session_id);

ALTER TABLE product_returns ADD COLUMN till_session_id BIGINT NULL;
ALTER TABLE product_returns ADD COLUMN tax_total DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE product_returns ADD COLUMN rounding DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE product_returns ADD CONSTRAINT fk_product_returns_session FOREIGN KEY (till_session_id) REFERENCES till_sessions (id);
ALTER TABLE return_lines ADD COLUMN tax_amount DECIMAL(19,2) NOT NULL DEFAULT 0;

-- A closed day's frozen till figures (for its report to HQ), and the outbox row's copy of them.
ALTER TABLE business_days ADD COLUMN tax_total DECIMAL(19,2) NULL;
ALTER TABLE business_days ADD COLUMN refunds DECIMAL(19,2) NULL;
ALTER TABLE business_days ADD COLUMN cash_variance DECIMAL(19,2) NULL;
ALTER TABLE business_days ADD COLUMN tenders VARCHAR(1000) NULL;
ALTER TABLE service_calls ADD COLUMN tax_total DECIMAL(19,2) NULL;
ALTER TABLE service_calls ADD COLUMN refunds DECIMAL(19,2) NULL;
ALTER TABLE service_calls ADD COLUMN cash_variance DECIMAL(19,2) NULL;
ALTER TABLE service_calls ADD COLUMN tenders VARCHAR(1000) NULL;
