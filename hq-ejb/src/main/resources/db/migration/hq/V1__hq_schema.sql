-- HQ: its own accounts, the branch registry (tenants) and the daily revenue reports branches send.
-- Portable between H2 and MySQL/MariaDB. Instants are stored as UTC in DATETIME(6).

CREATE TABLE user_accounts (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(128) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    roles           VARCHAR(255) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_sign_ins INT          NOT NULL,
    locked_until    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_user_accounts_username UNIQUE (username)
);

CREATE TABLE branches (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(16)  NOT NULL,
    name           VARCHAR(128) NOT NULL,
    location       VARCHAR(255) NOT NULL,
    url            VARCHAR(512) NOT NULL,
    time_zone      VARCHAR(64)  NOT NULL,
    currency       CHAR(3)      NOT NULL,
    active         BOOLEAN      NOT NULL,
    registered_on  DATE         NOT NULL,
    api_key_hash   CHAR(64)     NOT NULL,
    key_issued_at  DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_branches_code UNIQUE (code),
    CONSTRAINT uk_branches_api_key_hash UNIQUE (api_key_hash)
);

CREATE TABLE daily_revenue (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id         BIGINT        NOT NULL,
    business_date     DATE          NOT NULL,
    revenue           DECIMAL(19,2) NOT NULL,
    loss              DECIMAL(19,2) NOT NULL,
    transaction_count INT           NOT NULL,
    revision          INT           NOT NULL,
    received_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_daily_revenue_branch_date UNIQUE (branch_id, business_date),
    CONSTRAINT fk_daily_revenue_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
);

-- Reports across branches by date range: served by this index, not by scanning the table.
CREATE INDEX ix_daily_revenue_date_branch ON daily_revenue (business_date, branch_id);
