package com.clothingchain.contract;

import java.math.BigDecimal;

/**
 * What a branch sends for one closed business date
 * ({@code PUT /hq-api/v1/branches/{code}/daily-revenue/{businessDate}}). {@code revision} defaults to 1;
 * a corrected report carries a higher one.
 */
public record DailyRevenueReport(BigDecimal revenue, BigDecimal loss, Integer transactionCount, Integer revision) {
}
