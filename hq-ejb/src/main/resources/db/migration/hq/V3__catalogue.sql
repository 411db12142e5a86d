-- The chain's catalogue: size scales, a category tree, styles, their variants (style x size x colour, each with a
-- SKU and a barcode) and prices per currency, for the chain or one branch, each effective from a business date.
-- Every change to a variant, its style or its prices gives the variant the next catalogue version, so "what
-- changed since version N" is one range scan of ix_variants_changed_in.

CREATE TABLE catalogue_counter (
    id      INT    PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO catalogue_counter (id, version) VALUES (1, 0);

CREATE TABLE size_scales (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(32)  NOT NULL,
    name VARCHAR(128) NOT NULL,
    CONSTRAINT uk_size_scales_code UNIQUE (code)
);

CREATE TABLE size_scale_sizes (
    size_scale_id BIGINT      NOT NULL,
    seq           INT         NOT NULL,
    size          VARCHAR(16) NOT NULL,
    CONSTRAINT pk_size_scale_sizes PRIMARY KEY (size_scale_id, seq),
    CONSTRAINT uk_size_scale_sizes UNIQUE (size_scale_id, size),
    CONSTRAINT fk_size_scale_sizes_scale FOREIGN KEY (size_scale_id) REFERENCES size_scales (id)
);

CREATE TABLE categories (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(128) NOT NULL,
    parent_id     BIGINT       NULL,
    size_scale_id BIGINT       NOT NULL,
    CONSTRAINT uk_categories_code UNIQUE (code),
    CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id),
    CONSTRAINT fk_categories_scale FOREIGN KEY (size_scale_id) REFERENCES size_scales (id)
);

CREATE TABLE styles (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(128)  NOT NULL,
    category_id BIGINT        NOT NULL,
    season      VARCHAR(32)   NULL,
    description VARCHAR(1000) NULL,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uk_styles_code UNIQUE (code),
    CONSTRAINT fk_styles_category FOREIGN KEY (category_id) REFERENCES categories (id)
);

-- gtin: the barcode as a 14-digit GTIN, so an UPC-A and the EAN-13 with its leading 0 are one code.
CREATE TABLE variants (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    style_id   BIGINT      NOT NULL,
    sku        VARCHAR(64) NOT NULL,
    barcode    VARCHAR(13) NOT NULL,
    gtin       CHAR(14)    NOT NULL,
    size       VARCHAR(16) NOT NULL,
    colour     VARCHAR(32) NOT NULL,
    active     BOOLEAN     NOT NULL,
    changed_in BIGINT      NOT NULL,
    CONSTRAINT uk_variants_sku UNIQUE (sku),
    CONSTRAINT uk_variants_gtin UNIQUE (gtin),
    CONSTRAINT uk_variants_style_size_colour UNIQUE (style_id, size, colour),
    CONSTRAINT fk_variants_style FOREIGN KEY (style_id) REFERENCES styles (id)
);
-- Unique in fact (each change takes the next number), but a new variant holds 0 until its change is numbered.
CREATE INDEX ix_variants_changed_in ON variants (changed_in);

-- branch_code '*' is the chain's price (a real code is 2-16 of A-Z, 0-9 and -), so the key is unique without NULLs.
CREATE TABLE prices (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    variant_id     BIGINT        NOT NULL,
    currency       CHAR(3)       NOT NULL,
    branch_code    VARCHAR(16)   NOT NULL,
    effective_from DATE          NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    CONSTRAINT uk_prices UNIQUE (variant_id, currency, branch_code, effective_from),
    CONSTRAINT fk_prices_variant FOREIGN KEY (variant_id) REFERENCES variants (id)
);
