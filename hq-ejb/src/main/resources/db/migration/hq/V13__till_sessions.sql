-- Closed till sessions as the branches send them (send_till_session), one per branch and Z number, for the cash
-- report per clerk: who opened the till (the clerk), who counted it, the float, paid-in and paid-out, the manager's
-- approval of a variance above the branch's threshold, and per tender expected / counted / variance.
-- cash_variance is the CASH tender's variance (0 when the session counted no cash): the report adds it up per clerk.
-- Portable between H2 and MySQL/MariaDB.

CREATE TABLE till_sessions (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id       BIGINT        NOT NULL,
    z_number        INT           NOT NULL,
    till_code       VARCHAR(16)   NOT NULL,
    business_date   DATE          NOT NULL,
    clerk           VARCHAR(64)   NOT NULL,
    closed_by       VARCHAR(64)   NOT NULL,
    opened_at       DATETIME(6)   NOT NULL,
    closed_at       DATETIME(6)   NOT NULL,
    opening_float   DECIMAL(19,2) NOT NULL,
    paid_in         DECIMAL(19,2) NOT NULL,
    paid_out        DECIMAL(19,2) NOT NULL,
    cash_variance   DECIMAL(19,2) NOT NULL,
    approved_by     VARCHAR(64)   NULL,
    approval_reason VARCHAR(500)  NULL,
    received_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_till_sessions_branch FOREIGN KEY (branch_id) REFERENCES branches (id),
    CONSTRAINT uk_till_sessions_z UNIQUE (branch_id, z_number)
);
-- The cash report's period (all branches or one), grouped by branch and clerk.
CREATE INDEX ix_till_sessions_date ON till_sessions (business_date, branch_id, clerk);

CREATE TABLE till_session_tenders (
    session_id BIGINT        NOT NULL,
    tender     VARCHAR(16)   NOT NULL,
    expected   DECIMAL(19,2) NOT NULL,
    counted    DECIMAL(19,2) NOT NULL,
    variance   DECIMAL(19,2) NOT NULL,
    CONSTRAINT pk_till_session_tenders PRIMARY KEY (session_id, tender),
    CONSTRAINT fk_till_session_tenders_session FOREIGN KEY (session_id) REFERENCES till_sessions (id)
);
