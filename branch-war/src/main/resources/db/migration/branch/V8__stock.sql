-- Stock: what each variant has on hand, and the append-only ledger of every movement that changed it.
-- Every movement is booked under the open business day's lock (as sales are), so on_hand and the ledger agree.

CREATE TABLE stock_levels (
    product_id    BIGINT      NOT NULL PRIMARY KEY,
    on_hand       INT         NOT NULL,
    last_moved_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_stock_levels_product FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE INDEX ix_stock_levels_on_hand ON stock_levels (on_hand);

-- quantity is signed (a sale -2, a return +1); on_hand_after is the level the movement left; amount is what the
-- movement was worth at the till (a sale's line total, a return's refund, a write-off's value; 0.00 otherwise).
CREATE TABLE stock_movements (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id    BIGINT        NOT NULL,
    business_date DATE          NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    quantity      INT           NOT NULL,
    on_hand_after INT           NOT NULL,
    amount        DECIMAL(19,2) NOT NULL,
    reference     VARCHAR(64)   NULL,
    clerk         VARCHAR(64)   NOT NULL,
    moved_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_stock_movements_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT fk_stock_movements_day FOREIGN KEY (business_date) REFERENCES business_days (business_date),
    CONSTRAINT ck_stock_movements_quantity CHECK (quantity <> 0)
);
CREATE INDEX ix_stock_movements_day ON stock_movements (business_date, product_id);
CREATE INDEX ix_stock_movements_product ON stock_movements (product_id, id);
