-- One row that every first-start step (first administrator, demo accounts, demo catalogue, demo tax rates) locks
-- with SELECT ... FOR UPDATE before it looks for its data, so HQ servers starting together on an empty database
-- create it once (see FirstStartLock). Portable between H2 and MySQL/MariaDB.
CREATE TABLE first_start_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO first_start_lock (id) VALUES (1);
