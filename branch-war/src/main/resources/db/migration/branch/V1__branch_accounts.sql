-- The branch's own accounts (roles clerk, manager). Portable between H2 and MySQL/MariaDB.

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
