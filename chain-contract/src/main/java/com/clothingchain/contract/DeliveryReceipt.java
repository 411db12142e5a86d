package com.clothingchain.contract;

import java.time.Instant;
import java.util.List;

/**
 * What a branch counted on receiving a delivery
 * ({@code PUT /hq-api/v1/branches/{code}/deliveries/{number}/receipt}): every SKU of the delivery note with the units
 * received (0 when none arrived), and any SKU that arrived without being on it. HQ keeps the first receipt; the same
 * again changes nothing, another one is a conflict. Differences from the note are HQ's discrepancies.
 */
public record DeliveryReceipt(Instant receivedAt, String receivedBy, List<Line> lines) {

    /** {@code received} units of {@code sku}, 0 to 99,999. */
    public record Line(String sku, int received) {
    }
}
