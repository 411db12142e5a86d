package com.clothingchain.hq.business.deliveries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Units of one SKU sent on a delivery, and received once the branch reports its receipt. */
@Embeddable
public class DeliveryLine {

    @Column(nullable = false, length = 32)
    private String sku;

    @Column(nullable = false)
    private int sent;

    private Integer received;

    protected DeliveryLine() {
    }

    public DeliveryLine(String sku, int sent) {
        this.sku = sku;
        this.sent = sent;
    }

    void receive(int units) {
        this.received = units;
    }

    public String getSku() {
        return sku;
    }

    public int getSent() {
        return sent;
    }

    public Integer getReceived() {
        return received;
    }

    /** Received less sent (negative when short); 0 until received. */
    public int getDifference() {
        return received == null ? 0 : received - sent;
    }
}
