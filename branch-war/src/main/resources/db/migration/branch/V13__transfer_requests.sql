-- Requests for goods between branches, through HQ, both ways: OUTGOING, made here of another branch (reference: this
-- branch's id of it, queued for HQ as send_transfer_request); INCOMING, made of this branch and pulled from HQ
-- (hq_number: HQ's number, the pull's cursor). An incoming request is declined (send_transfer_request_answer) or
-- fulfilled by a transfer (transfer_id).
CREATE TABLE transfer_requests (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    direction    VARCHAR(16)  NOT NULL,
    hq_number    BIGINT       NULL,
    from_branch  VARCHAR(16)  NOT NULL,
    reference    VARCHAR(64)  NULL,
    to_branch    VARCHAR(16)  NOT NULL,
    note         VARCHAR(200) NULL,
    status       VARCHAR(16)  NOT NULL,
    requested_by VARCHAR(64)  NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    reason       VARCHAR(200) NULL,
    answered_by  VARCHAR(64)  NULL,
    answered_at  DATETIME(6)  NULL,
    transfer_id  BIGINT       NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_transfer_requests_hq_number UNIQUE (hq_number),
    CONSTRAINT fk_transfer_requests_transfer FOREIGN KEY (transfer_id) REFERENCES transfers (id)
);
CREATE INDEX ix_transfer_requests_status ON transfer_requests (direction, status, id);

CREATE TABLE transfer_request_lines (
    request_id BIGINT      NOT NULL,
    sku        VARCHAR(64) NOT NULL,
    quantity   INT         NOT NULL,
    CONSTRAINT pk_transfer_request_lines PRIMARY KEY (request_id, sku),
    CONSTRAINT fk_transfer_request_lines_request FOREIGN KEY (request_id) REFERENCES transfer_requests (id)
);
