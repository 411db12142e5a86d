package com.clothingchain.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code GET /hq-api/v1/sales-by-variant}: a {@link VariantDayFigures} as HQ stored it, with the branch, the
 * date, the revision it came with and when HQ received it.
 */
public record VariantDayRecord(String branchCode, LocalDate businessDate, String sku, int sold, BigDecimal soldAmount,
                               int returned, BigDecimal returnedAmount, int lost, BigDecimal lossValue, int onHand,
                               int revision, Instant receivedAt) {
}
