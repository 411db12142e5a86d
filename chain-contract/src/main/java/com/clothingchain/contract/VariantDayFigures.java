package com.clothingchain.contract;

import java.math.BigDecimal;

/**
 * One variant's business date at one branch: units and amounts sold (tax included, as on the receipts), returned
 * (what was refunded or credited for them), and written off (at the value the branch booked), and {@code onHand}, the
 * branch's stock of the variant when the day closed (negative when it sold more than it had on record).
 */
public record VariantDayFigures(String sku, int sold, BigDecimal soldAmount, int returned, BigDecimal returnedAmount,
                                int lost, BigDecimal lossValue, int onHand) {
}
