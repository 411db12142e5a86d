-- Tills, tenders and tax. A branch's till settings: its tax jurisdiction (null: none set yet, no tax rates), whether its
-- prices include tax (INCLUSIVE) or tax is added at the till (EXCLUSIVE), and the step cash totals are rounded to.
ALTER TABLE branches ADD COLUMN jurisdiction VARCHAR(32) NULL;
ALTER TABLE branches ADD COLUMN tax_mode VARCHAR(9) NOT NULL DEFAULT 'INCLUSIVE';
ALTER TABLE branches ADD COLUMN cash_rounding DECIMAL(19,2) NOT NULL DEFAULT 0.01;

-- Tax rates in percent per jurisdiction and tax category, each from a business date until the next of its category.
-- Three decimals: sales taxes such as 8.875 % have them.
CREATE TABLE tax_rates (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    jurisdiction VARCHAR(32)  NOT NULL,
    tax_category VARCHAR(16)  NOT NULL,
    valid_from   DATE         NOT NULL,
    rate         DECIMAL(6,3) NOT NULL,
    CONSTRAINT uk_tax_rates UNIQUE (jurisdiction, tax_category, valid_from)
);

-- The ways to pay the chain takes. Never deleted (reports name them); CASH and CARD always exist and stay active.
CREATE TABLE tenders (
    code   VARCHAR(16) NOT NULL PRIMARY KEY,
    name   VARCHAR(64) NOT NULL,
    kind   VARCHAR(8)  NOT NULL,
    active BOOLEAN     NOT NULL
);
INSERT INTO tenders (code, name, kind, active) VALUES ('CASH', 'Cash', 'CASH', TRUE);
INSERT INTO tenders (code, name, kind, active) VALUES ('CARD', 'Card', 'CARD', TRUE);
INSERT INTO tenders (code, name, kind, active) VALUES ('GIFT_CARD', 'Gift card', 'VOUCHER', TRUE);
INSERT INTO tenders (code, name, kind, active) VALUES ('STORE_CREDIT', 'Store credit', 'VOUCHER', TRUE);

-- The tax category of a category's styles (STANDARD unless set when the category is defined).
ALTER TABLE categories ADD COLUMN tax_category VARCHAR(16) NOT NULL DEFAULT 'STANDARD';

-- Daily reports of version 2 carry what the tills took: null in a version 1 report (report_version null or 1).
ALTER TABLE daily_revenue ADD COLUMN report_version INT NULL;
ALTER TABLE daily_revenue ADD COLUMN tax_total DECIMAL(19,2) NULL;
ALTER TABLE daily_revenue ADD COLUMN refunds DECIMAL(19,2) NULL;
ALTER TABLE daily_revenue ADD COLUMN cash_variance DECIMAL(19,2) NULL;
ALTER TABLE daily_revenue_revisions ADD COLUMN report_version INT NULL;
ALTER TABLE daily_revenue_revisions ADD COLUMN tax_total DECIMAL(19,2) NULL;
ALTER TABLE daily_revenue_revisions ADD COLUMN refunds DECIMAL(19,2) NULL;
ALTER TABLE daily_revenue_revisions ADD COLUMN cash_variance DECIMAL(19,2) NULL;

-- The amount taken per tender (refunds deducted), per report and revision: a report's figures are the rows of its
-- current revision; a replaced revision keeps its rows (as daily_revenue_revisions keeps its other figures). The
-- tender is the branch's code as sent (a tender HQ deactivated later, or one it does not know, is kept as it is).
CREATE TABLE daily_revenue_tenders (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    daily_revenue_id BIGINT        NOT NULL,
    revision         INT           NOT NULL,
    tender           VARCHAR(16)   NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    CONSTRAINT uk_daily_revenue_tenders UNIQUE (daily_revenue_id, revision, tender),
    CONSTRAINT fk_daily_revenue_tenders FOREIGN KEY (daily_revenue_id) REFERENCES daily_revenue (id)
);
