-- Accounts: a security stamp that every session and cached API credential is checked against (a new
-- password, new roles or a disabled account end them at once), and whether the owner must choose a new
-- password (one set by an administrator, or the first administrator's). Failed sign-ins are throttled in
-- memory with progressive delays now, so there is no lock time any more.
ALTER TABLE user_accounts ADD COLUMN security_stamp VARCHAR(36) NOT NULL DEFAULT 'initial';
ALTER TABLE user_accounts ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_accounts DROP COLUMN locked_until;

-- The site's audit log: appended to, never updated or deleted by the application.
CREATE TABLE audit_events (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    address     VARCHAR(64)   NULL,
    event       VARCHAR(32)   NOT NULL,
    subject     VARCHAR(128)  NULL,
    detail      VARCHAR(1000) NULL
);
CREATE INDEX ix_audit_events_time ON audit_events (occurred_at);
CREATE INDEX ix_audit_events_event ON audit_events (event, occurred_at);
CREATE INDEX ix_audit_events_actor ON audit_events (actor, occurred_at);

-- Every revision of a daily report that a higher revision replaced, as HQ had stored it.
CREATE TABLE daily_revenue_revisions (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    daily_revenue_id  BIGINT        NOT NULL,
    revision          INT           NOT NULL,
    revenue           DECIMAL(19,2) NOT NULL,
    loss              DECIMAL(19,2) NOT NULL,
    transaction_count INT           NOT NULL,
    received_at       DATETIME(6)   NOT NULL,
    replaced_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_daily_revenue_revisions UNIQUE (daily_revenue_id, revision),
    CONSTRAINT fk_daily_revenue_revisions FOREIGN KEY (daily_revenue_id) REFERENCES daily_revenue (id)
);
