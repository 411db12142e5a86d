-- End-of-day sync: the branch's registry entry as HQ last confirmed it, and the outbox of calls to HQ.

-- One row: what HQ's registry says about this branch, kept so the branch works while HQ is unreachable.
CREATE TABLE branch_profile (
    id          INT          NOT NULL PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    location    VARCHAR(255) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    active      BOOLEAN      NOT NULL,
    verified_at DATETIME(6)  NOT NULL
);

-- The outbox: one row per closed business date, written in the same transaction as the close.
CREATE TABLE service_calls (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_name         VARCHAR(32)   NOT NULL,
    business_date     DATE          NOT NULL,
    revenue           DECIMAL(19,2) NOT NULL,
    loss              DECIMAL(19,2) NOT NULL,
    transaction_count INT           NOT NULL,
    revision          INT           NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    attempts          INT           NOT NULL,
    next_attempt_at   DATETIME(6)   NOT NULL,
    last_http_status  INT           NULL,
    last_error        VARCHAR(1000) NULL,
    created_at        DATETIME(6)   NOT NULL,
    sent_at           DATETIME(6)   NULL,
    hq_received_at    DATETIME(6)   NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_service_calls_date UNIQUE (call_name, business_date),
    CONSTRAINT fk_service_calls_day FOREIGN KEY (business_date) REFERENCES business_days (business_date)
);
CREATE INDEX ix_service_calls_due ON service_calls (status, next_attempt_at);
