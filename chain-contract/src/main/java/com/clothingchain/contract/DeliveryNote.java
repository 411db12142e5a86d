package com.clothingchain.contract;

import java.time.Instant;
import java.util.List;

/**
 * A delivery HQ sent to a branch, as the branch pulls it ({@code GET /hq-api/v1/branches/{code}/deliveries?after=}):
 * its number (HQ's, unique in the chain), where it comes from ({@code WAREHOUSE}), when and by whom it was sent, and
 * the units of each SKU on it. The branch receives it once and answers with a {@link DeliveryReceipt}.
 */
public record DeliveryNote(long number, String source, Instant sentAt, String sentBy, String note, List<Line> lines) {

    /** The source of goods from HQ's warehouse; a transfer's source is the sending branch's code. */
    public static final String WAREHOUSE = "WAREHOUSE";

    /** {@code quantity} units of {@code sku}, 1 to 99,999. */
    public record Line(String sku, int quantity) {
    }
}
