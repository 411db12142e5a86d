-- Why goods came back: recorded with every return from now on (earlier returns have none).
ALTER TABLE product_returns ADD COLUMN reason VARCHAR(16) NULL;
