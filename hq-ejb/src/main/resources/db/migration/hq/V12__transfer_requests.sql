-- Requests for goods between branches: branch A asks branch B, through HQ; B pulls them by number, then sends a
-- transfer that fulfils one (its delivery is kept) or declines it with a reason. A request is kept once per requesting
-- branch and its own reference: a resend finds the first. Portable between H2 and MySQL/MariaDB.
CREATE TABLE transfer_requests (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_branch_id BIGINT       NOT NULL,
    reference      VARCHAR(64)  NOT NULL,
    to_branch_id   BIGINT       NOT NULL,
    note           VARCHAR(200) NULL,
    status         VARCHAR(16)  NOT NULL,
    requested_at   DATETIME(6)  NOT NULL,
    requested_by   VARCHAR(64)  NOT NULL,
    received_at    DATETIME(6)  NOT NULL,
    reason         VARCHAR(200) NULL,
    answered_at    DATETIME(6)  NULL,
    answered_by    VARCHAR(64)  NULL,
    delivery_id    BIGINT       NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_transfer_requests_from FOREIGN KEY (from_branch_id) REFERENCES branches (id),
    CONSTRAINT fk_transfer_requests_to FOREIGN KEY (to_branch_id) REFERENCES branches (id),
    CONSTRAINT fk_transfer_requests_delivery FOREIGN KEY (delivery_id) REFERENCES deliveries (id),
    CONSTRAINT uk_transfer_requests_reference UNIQUE (from_branch_id, reference)
);
-- The asked branch's pull (its requests after the last number it holds) and HQ's list by status.
CREATE INDEX ix_transfer_requests_to ON transfer_requests (to_branch_id, id);
CREATE INDEX ix_transfer_requests_status ON transfer_requests (status, id);

CREATE TABLE transfer_request_lines (
    request_id BIGINT      NOT NULL,
    sku        VARCHAR(32) NOT NULL,
    quantity   INT         NOT NULL,
    CONSTRAINT pk_transfer_request_lines PRIMARY KEY (request_id, sku),
    CONSTRAINT fk_transfer_request_lines_request FOREIGN KEY (request_id) REFERENCES transfer_requests (id)
);
