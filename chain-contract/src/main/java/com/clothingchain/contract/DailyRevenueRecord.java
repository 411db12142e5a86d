package com.clothingchain.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A daily report as HQ stored it, with the time HQ received it; {@code tenders}, {@code taxTotal}, {@code refunds} and
 * {@code cashVariance} as in {@link DailyRevenueReport} (empty and null for a version 1 report).
 */
public record DailyRevenueRecord(String branchCode, LocalDate businessDate, BigDecimal revenue, BigDecimal loss,
                                 int transactionCount, int revision, Instant receivedAt, Map<String, BigDecimal> tenders,
                                 BigDecimal taxTotal, BigDecimal refunds, BigDecimal cashVariance) {
}
