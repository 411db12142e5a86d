package com.clothingchain.branch.stock.entity;

import com.clothingchain.branch.products.entity.Product;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** What a variant has on hand: the sum of its movements, kept in the transaction of each. No row: nothing ever moved. */
@Entity
@Table(name = "stock_levels")
@NamedQuery(name = StockLevel.NEGATIVE, query = "select l from StockLevel l join fetch l.product where l.onHand < 0 order by l.product.sku")
@NamedQuery(name = StockLevel.COUNT_NEGATIVE, query = "select count(l) from StockLevel l where l.onHand < 0")
@NamedQuery(name = StockLevel.OF_PRODUCTS, query = "select l from StockLevel l where l.product in :products")
public class StockLevel {

    public static final String NEGATIVE = "StockLevel.negative";
    public static final String COUNT_NEGATIVE = "StockLevel.countNegative";
    public static final String OF_PRODUCTS = "StockLevel.ofProducts";

    @Id
    @Column(name = "product_id")
    private Long productId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(name = "last_moved_at", nullable = false)
    private Instant lastMovedAt;

    protected StockLevel() {
    }

    public StockLevel(Product product, Instant at) {
        this.product = product;
        this.lastMovedAt = at;
    }

    /** Adds a signed quantity; the level may go below zero (a shop sells what a customer holds). */
    public int move(int quantity, Instant at) {
        onHand += quantity;
        lastMovedAt = at;
        return onHand;
    }

    public Product getProduct() {
        return product;
    }

    public int getOnHand() {
        return onHand;
    }

    public Instant getLastMovedAt() {
        return lastMovedAt;
    }
}
