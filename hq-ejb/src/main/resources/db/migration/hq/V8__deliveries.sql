-- Deliveries from HQ's warehouse to branches, and what each branch counted on receiving them.
-- A delivery is SENT when HQ creates it; the branch pulls it, counts it and reports its receipt once (RECEIVED).
-- Portable between H2 and MySQL/MariaDB.

CREATE TABLE deliveries (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id      BIGINT       NOT NULL,
    source         VARCHAR(32)  NOT NULL,
    note           VARCHAR(200) NULL,
    status         VARCHAR(16)  NOT NULL,
    sent_at        DATETIME(6)  NOT NULL,
    sent_by        VARCHAR(64)  NOT NULL,
    units_sent     INT          NOT NULL,
    units_received INT          NULL,
    received_at    DATETIME(6)  NULL,
    received_by    VARCHAR(64)  NULL,
    reported_at    DATETIME(6)  NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_deliveries_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
);
-- A branch's pull (its deliveries after the last number it holds) and HQ's list by branch.
CREATE INDEX ix_deliveries_branch ON deliveries (branch_id, id);
CREATE INDEX ix_deliveries_status ON deliveries (status, id);

-- received stays NULL until the branch's receipt; a SKU that arrived without being sent has sent = 0.
CREATE TABLE delivery_lines (
    delivery_id BIGINT      NOT NULL,
    sku         VARCHAR(32) NOT NULL,
    sent        INT         NOT NULL,
    received    INT         NULL,
    CONSTRAINT pk_delivery_lines PRIMARY KEY (delivery_id, sku),
    CONSTRAINT fk_delivery_lines_delivery FOREIGN KEY (delivery_id) REFERENCES deliveries (id)
);
