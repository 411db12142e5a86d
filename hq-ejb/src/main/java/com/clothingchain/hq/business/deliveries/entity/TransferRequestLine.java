package com.clothingchain.hq.business.deliveries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Units of one SKU a branch asks for. */
@Embeddable
public class TransferRequestLine {

    @Column(nullable = false, length = 32)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    protected TransferRequestLine() {
    }

    public TransferRequestLine(String sku, int quantity) {
        this.sku = sku;
        this.quantity = quantity;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }
}
