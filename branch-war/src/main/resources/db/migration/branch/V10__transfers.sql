-- Transfers: goods this branch sends another branch through HQ. Sending books them out of stock (TRANSFER_OUT) and
-- queues the transfer for HQ in one transaction; HQ makes it a delivery to the other branch.
CREATE TABLE transfers (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    to_branch     VARCHAR(16)  NOT NULL,
    note          VARCHAR(200) NULL,
    status        VARCHAR(16)  NOT NULL,
    business_date DATE         NOT NULL,
    sent_by       VARCHAR(64)  NOT NULL,
    sent_at       DATETIME(6)  NOT NULL,
    cancelled_by  VARCHAR(64)  NULL,
    cancelled_at  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_transfers_day FOREIGN KEY (business_date) REFERENCES business_days (business_date)
);

CREATE TABLE transfer_lines (
    transfer_id BIGINT      NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    quantity    INT         NOT NULL,
    CONSTRAINT pk_transfer_lines PRIMARY KEY (transfer_id, sku),
    CONSTRAINT fk_transfer_lines_transfer FOREIGN KEY (transfer_id) REFERENCES transfers (id)
);
