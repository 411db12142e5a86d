-- Goods in: deliveries pulled from HQ and what was counted on receiving them. The outbox gains a subject, so a call
-- about one delivery (its receipt) is unique per delivery, as a day's calls are per date.

CREATE TABLE deliveries (
    number        BIGINT       NOT NULL PRIMARY KEY,
    source        VARCHAR(32)  NOT NULL,
    note          VARCHAR(200) NULL,
    sent_at       DATETIME(6)  NOT NULL,
    sent_by       VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    pulled_at     DATETIME(6)  NOT NULL,
    business_date DATE         NULL,
    received_at   DATETIME(6)  NULL,
    received_by   VARCHAR(64)  NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_deliveries_day FOREIGN KEY (business_date) REFERENCES business_days (business_date)
);
CREATE INDEX ix_deliveries_status ON deliveries (status, number);

-- counted stays NULL until received; a SKU that came without being on the note has expected = 0.
CREATE TABLE delivery_lines (
    delivery_number BIGINT      NOT NULL,
    sku             VARCHAR(64) NOT NULL,
    expected        INT         NOT NULL,
    counted         INT         NULL,
    CONSTRAINT pk_delivery_lines PRIMARY KEY (delivery_number, sku),
    CONSTRAINT fk_delivery_lines_delivery FOREIGN KEY (delivery_number) REFERENCES deliveries (number)
);

ALTER TABLE service_calls ADD COLUMN subject VARCHAR(32) DEFAULT '' NOT NULL;
ALTER TABLE service_calls DROP CONSTRAINT uk_service_calls_date;
ALTER TABLE service_calls ADD CONSTRAINT uk_service_calls_subject UNIQUE (call_name, business_date, subject);
