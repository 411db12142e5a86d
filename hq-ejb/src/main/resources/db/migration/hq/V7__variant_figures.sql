-- A day's figures per variant, as each branch sends them after closing a business date, and each branch's stock of a
-- variant as it last reported it. Portable between H2 and MySQL/MariaDB.
--
-- Target scale: 1,000 branches x 365 days x 200 variants a day = 73 M rows in variant_day_figures. Every read is
-- served by an index: a date range of all branches by ix_variant_day_figures_date (date, branch, sku, in the order
-- sales-by-variant answers), a date range of one branch by the primary key (branch, date, sku), a variant's sales by
-- ix_variant_day_figures_sku (sku, date). The SKU is text as the branch sent it: a branch may sell a SKU that HQ's
-- catalogue does not know (its own products from before the catalogue), so there is no foreign key to variants.

-- One row per branch and business date that sent variant figures: the revision HQ holds and the day's totals as the
-- branch sent them with it (revenue and loss as in the day's daily report, rounding: what cash rounding added).
CREATE TABLE variant_days (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id     BIGINT        NOT NULL,
    business_date DATE          NOT NULL,
    revision      INT           NOT NULL,
    revenue       DECIMAL(19,2) NOT NULL,
    loss          DECIMAL(19,2) NOT NULL,
    rounding      DECIMAL(19,2) NOT NULL,
    variant_count INT           NOT NULL,
    received_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uk_variant_days_branch_date UNIQUE (branch_id, business_date),
    CONSTRAINT fk_variant_days_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
);
-- The check against daily_revenue across branches by date range.
CREATE INDEX ix_variant_days_date_branch ON variant_days (business_date, branch_id);

-- The figures of the revision HQ holds, one row per branch, date and SKU; the database refuses a second.
CREATE TABLE variant_day_figures (
    branch_id       BIGINT        NOT NULL,
    business_date   DATE          NOT NULL,
    sku             VARCHAR(64)   NOT NULL,
    sold            INT           NOT NULL,
    sold_amount     DECIMAL(19,2) NOT NULL,
    returned        INT           NOT NULL,
    returned_amount DECIMAL(19,2) NOT NULL,
    lost            INT           NOT NULL,
    loss_value      DECIMAL(19,2) NOT NULL,
    on_hand         INT           NOT NULL,
    CONSTRAINT pk_variant_day_figures PRIMARY KEY (branch_id, business_date, sku),
    CONSTRAINT fk_variant_day_figures_day FOREIGN KEY (branch_id, business_date)
        REFERENCES variant_days (branch_id, business_date)
);
CREATE INDEX ix_variant_day_figures_date ON variant_day_figures (business_date, branch_id, sku);
CREATE INDEX ix_variant_day_figures_sku ON variant_day_figures (sku, business_date);

-- Each branch's on-hand of a variant as of the latest business date it reported the variant for (as_of), and when HQ
-- received that report. An older date sent later never rolls it back.
CREATE TABLE branch_stock (
    branch_id   BIGINT      NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    on_hand     INT         NOT NULL,
    as_of       DATE        NOT NULL,
    reported_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_branch_stock PRIMARY KEY (branch_id, sku),
    CONSTRAINT fk_branch_stock_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
);
-- "Who has this variant": all branches' levels of one SKU.
CREATE INDEX ix_branch_stock_sku ON branch_stock (sku, branch_id);
