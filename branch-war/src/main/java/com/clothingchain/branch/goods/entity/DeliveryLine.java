package com.clothingchain.branch.goods.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** Units of one SKU expected on a delivery, and counted when it was received. */
@Embeddable
public class DeliveryLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false)
    private int expected;

    private Integer counted;

    protected DeliveryLine() {
    }

    public DeliveryLine(String sku, int expected) {
        this.sku = sku;
        this.expected = expected;
    }

    void count(int units) {
        this.counted = units;
    }

    public String getSku() {
        return sku;
    }

    public int getExpected() {
        return expected;
    }

    public Integer getCounted() {
        return counted;
    }

    /** Counted less expected (negative when short); 0 until counted. */
    public int getDifference() {
        return counted == null ? 0 : counted - expected;
    }
}
