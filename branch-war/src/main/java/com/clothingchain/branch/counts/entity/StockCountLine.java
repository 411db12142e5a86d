package com.clothingchain.branch.counts.entity;

import com.clothingchain.branch.products.entity.Product;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * What was counted of one product in one count, and its book quantity (on-hand) at the moment it was last counted. The
 * book quantity is the manager's: it is never shown to a clerk.
 */
@Entity
@Table(name = "stock_count_lines")
@IdClass(StockCountLine.Key.class)
@NamedQuery(name = StockCountLine.OF_COUNT, query = "select l from StockCountLine l join fetch l.product"
        + " where l.countId = :count order by l.product.sku")
public class StockCountLine {

    public static final String OF_COUNT = "StockCountLine.ofCount";

    /** The line's identity: its count and its product. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long countId;
        private Long productId;

        public static Key of(Long countId, Long productId) {
            Key key = new Key();
            key.countId = countId;
            key.productId = productId;
            return key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(countId, k.countId) && java.util.Objects.equals(productId, k.productId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(countId, productId);
        }
    }

    @Id
    @Column(name = "count_id")
    private Long countId;

    @Id
    @Column(name = "product_id")
    private Long productId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", insertable = false, updatable = false)
    private Product product;

    @Column(nullable = false)
    private int counted;

    @Column(name = "book_quantity", nullable = false)
    private int bookQuantity;

    @Column(name = "counted_by", nullable = false, length = 64)
    private String countedBy;

    @Column(name = "counted_at", nullable = false)
    private Instant countedAt;

    protected StockCountLine() {
    }

    public StockCountLine(StockCount count, Product product) {
        this.countId = count.getId();
        this.productId = product.getId();
        this.product = product;
    }

    /** Sets the units counted, and the book quantity of this moment: the variance is worked out against it. */
    public void count(int units, int bookNow, String clerk, Instant at) {
        this.counted = units;
        this.bookQuantity = bookNow;
        this.countedBy = clerk;
        this.countedAt = at;
    }

    /** Counted less the book quantity when last counted: what posting books. */
    public int getVariance() {
        return counted - bookQuantity;
    }

    public Product getProduct() { return product; }
    public int getCounted() { return counted; }
    public int getBookQuantity() { return bookQuantity; }
    public String getCountedBy() { return countedBy; }
    public Instant getCountedAt() { return countedAt; }
}
