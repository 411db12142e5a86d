-- A price group: a label shared by branches that get the same prices. A price set for the group is written as each
-- active member's own price at that moment (prices.branch_code), so the feed and the replicas need nothing new.
ALTER TABLE branches ADD COLUMN price_group VARCHAR(16) NULL;
CREATE INDEX ix_branches_price_group ON branches (price_group);
