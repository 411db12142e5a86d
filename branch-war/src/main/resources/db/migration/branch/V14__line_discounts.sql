-- Line discounts at the till: the percent a clerk (or, above chain.till.discount-limit, a manager) gave a line, and
-- the discount it made, taken off the line's amount before its tax. line_total is what was paid after it, so
-- revenue, refunds and the stock ledger need nothing else. Receipts from before have no discount.
ALTER TABLE receipt_lines ADD COLUMN discount_percent DECIMAL(5,2) NULL;
ALTER TABLE receipt_lines ADD COLUMN discount DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE receipt_lines ADD CONSTRAINT ck_receipt_lines_discount
    CHECK (discount >= 0 AND discount <= amount AND (discount_percent IS NULL OR (discount_percent > 0 AND discount_percent <= 100)));
