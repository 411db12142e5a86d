-- The shop: products, business days, sales (receipts), returns, loss write-offs, and the outbox of calls to HQ.
-- Portable between H2 and MySQL/MariaDB. Money is DECIMAL(19,2).

CREATE TABLE products (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku        VARCHAR(32)   NOT NULL,
    name       VARCHAR(128)  NOT NULL,
    category   VARCHAR(64)   NOT NULL,
    size       VARCHAR(16)   NOT NULL,
    colour     VARCHAR(32)   NOT NULL,
    price      DECIMAL(19,2) NOT NULL,
    active     BOOLEAN       NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT uk_products_sku UNIQUE (sku)
);
CREATE INDEX ix_products_name ON products (name);

-- One row per business date that has been opened; exactly one is OPEN. Every booking locks the open row,
-- so a close can not interleave with a sale. Closed rows keep the day's frozen totals.
CREATE TABLE business_days (
    business_date     DATE          NOT NULL PRIMARY KEY,
    status            VARCHAR(8)    NOT NULL,
    opened_at         DATETIME(6)   NOT NULL,
    closed_at         DATETIME(6)   NULL,
    closed_by         VARCHAR(64)   NULL,
    revenue           DECIMAL(19,2) NULL,
    loss              DECIMAL(19,2) NULL,
    transaction_count INT           NULL,
    last_receipt_no   INT           NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX ix_business_days_status ON business_days (status);

CREATE TABLE receipts (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_number VARCHAR(32)   NOT NULL,
    business_date  DATE          NOT NULL,
    clerk          VARCHAR(64)   NOT NULL,
    sold_at        DATETIME(6)   NOT NULL,
    total          DECIMAL(19,2) NOT NULL,
    CONSTRAINT uk_receipts_number UNIQUE (receipt_number),
    CONSTRAINT fk_receipts_day FOREIGN KEY (business_date) REFERENCES business_days (business_date)
);
CREATE INDEX ix_receipts_date ON receipts (business_date);

CREATE TABLE receipt_lines (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_id        BIGINT        NOT NULL,
    line_no           INT           NOT NULL,
    product_id        BIGINT        NOT NULL,
    quantity          INT           NOT NULL,
    unit_price        DECIMAL(19,2) NOT NULL,
    amount            DECIMAL(19,2) NOT NULL,
    returned_quantity INT           NOT NULL,
    CONSTRAINT uk_receipt_lines UNIQUE (receipt_id, line_no),
    CONSTRAINT fk_receipt_lines_receipt FOREIGN KEY (receipt_id) REFERENCES receipts (id),
    CONSTRAINT fk_receipt_lines_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_receipt_lines_returnable CHECK (returned_quantity >= 0 AND returned_quantity <= quantity)
);

CREATE TABLE product_returns (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_id    BIGINT        NOT NULL,
    business_date DATE          NOT NULL,
    clerk         VARCHAR(64)   NOT NULL,
    returned_at   DATETIME(6)   NOT NULL,
    refund        DECIMAL(19,2) NOT NULL,
    CONSTRAINT fk_product_returns_receipt FOREIGN KEY (receipt_id) REFERENCES receipts (id),
    CONSTRAINT fk_product_returns_day FOREIGN KEY (business_date) REFERENCES business_days (business_date)
);
CREATE INDEX ix_product_returns_date ON product_returns (business_date);

CREATE TABLE return_lines (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id       BIGINT        NOT NULL,
    receipt_line_id BIGINT        NOT NULL,
    quantity        INT           NOT NULL,
    amount          DECIMAL(19,2) NOT NULL,
    CONSTRAINT fk_return_lines_return FOREIGN KEY (return_id) REFERENCES product_returns (id),
    CONSTRAINT fk_return_lines_line FOREIGN KEY (receipt_line_id) REFERENCES receipt_lines (id)
);

CREATE TABLE loss_write_offs (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_date DATE          NOT NULL,
    product_id    BIGINT        NOT NULL,
    quantity      INT           NOT NULL,
    reason        VARCHAR(16)   NOT NULL,
    note          VARCHAR(500)  NULL,
    unit_value    DECIMAL(19,2) NOT NULL,
    loss_value    DECIMAL(19,2) NOT NULL,
    clerk         VARCHAR(64)   NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_loss_write_offs_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT fk_loss_write_offs_day FOREIGN KEY (business_date) REFERENCES business_days (business_date)
);
CREATE INDEX ix_loss_write_offs_date ON loss_write_offs (business_date);
