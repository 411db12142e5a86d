-- The branch's replica of HQ's catalogue. A product HQ sends carries its barcode, its style and the catalogue
-- version it came with (NULL: a product the branch made itself, before the catalogue); its prices are its schedule
-- in product_prices, and products.price is the one effective on the open business date.

ALTER TABLE products ADD COLUMN barcode VARCHAR(13) NULL;
ALTER TABLE products ADD COLUMN style_code VARCHAR(32) NULL;
ALTER TABLE products ADD COLUMN catalogue_version BIGINT NULL;
CREATE UNIQUE INDEX uk_products_barcode ON products (barcode);

CREATE TABLE product_prices (
    product_id     BIGINT        NOT NULL,
    effective_from DATE          NOT NULL,
    price          DECIMAL(19,2) NOT NULL,
    CONSTRAINT pk_product_prices PRIMARY KEY (product_id, effective_from),
    CONSTRAINT fk_product_prices_product FOREIGN KEY (product_id) REFERENCES products (id)
);

-- One row: the catalogue version this branch holds, and how its last pull went.
CREATE TABLE catalogue_replica (
    id           INT           PRIMARY KEY,
    version      BIGINT        NOT NULL,
    pulled_at    DATETIME(6)   NULL,
    last_error   VARCHAR(1000) NULL
);
INSERT INTO catalogue_replica (id, version) VALUES (1, 0);
