-- What each branch last confirmed holding of the catalogue (the version it asked the feed for changes after), and when.
ALTER TABLE branches ADD COLUMN catalogue_version BIGINT NULL;
ALTER TABLE branches ADD COLUMN catalogue_pulled_at DATETIME(6) NULL;
