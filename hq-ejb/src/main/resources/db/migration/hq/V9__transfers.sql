-- Transfers between branches travel as deliveries whose source is the sending branch's code; the sending branch's own
-- number of the transfer is kept, once per source: a resend finds the delivery it made.
ALTER TABLE deliveries ADD COLUMN source_reference VARCHAR(64) NULL;
CREATE UNIQUE INDEX uk_deliveries_source_reference ON deliveries (source, source_reference);
