-- One row that the first-start step creating accounts (the first manager, or the demo accounts) locks with
-- SELECT ... FOR UPDATE before it looks for them, so two servers starting together on one branch database create
-- them once (see FirstStartLock in shared-ejb; a branch runs one server, this keeps a second one harmless).
-- Portable between H2 and MySQL/MariaDB.
CREATE TABLE first_start_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO first_start_lock (id) VALUES (1);
