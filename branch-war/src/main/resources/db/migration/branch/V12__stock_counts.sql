-- Stock counts: a manager counts the whole shop or one category; clerks count blind; the variances are posted as COUNT
-- movements on approval. (V10 is another change's.)

-- category NULL: the whole shop. open_guard is 'Y' while the count is OPEN and NULL afterwards: its unique index
-- allows one open count at a time (both H2 and MariaDB allow many NULLs in a unique index). closed_by / closed_at: who
-- posted or cancelled it, and when; posted_date: the business date its movements were booked on.
CREATE TABLE stock_counts (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    category      VARCHAR(64) NULL,
    status        VARCHAR(16) NOT NULL,
    open_guard    CHAR(1)     NULL,
    business_date DATE        NOT NULL,
    started_by    VARCHAR(64) NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    closed_by     VARCHAR(64) NULL,
    closed_at     DATETIME(6) NULL,
    posted_date   DATE        NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT uk_stock_counts_open UNIQUE (open_guard),
    CONSTRAINT fk_stock_counts_day FOREIGN KEY (business_date) REFERENCES business_days (business_date),
    CONSTRAINT ck_stock_counts_status CHECK (status IN ('OPEN', 'POSTED', 'CANCELLED'))
);
CREATE INDEX ix_stock_counts_started ON stock_counts (started_at);

-- One line per product counted: the units counted so far, who counted last and when, and book_quantity, the
-- product's on-hand at that moment (never shown to clerks). Posting books counted - book_quantity.
CREATE TABLE stock_count_lines (
    count_id      BIGINT      NOT NULL,
    product_id    BIGINT      NOT NULL,
    counted       INT         NOT NULL,
    book_quantity INT         NOT NULL,
    counted_by    VARCHAR(64) NOT NULL,
    counted_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_stock_count_lines PRIMARY KEY (count_id, product_id),
    CONSTRAINT fk_stock_count_lines_count FOREIGN KEY (count_id) REFERENCES stock_counts (id),
    CONSTRAINT fk_stock_count_lines_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_stock_count_lines_counted CHECK (counted BETWEEN 0 AND 99999)
);
