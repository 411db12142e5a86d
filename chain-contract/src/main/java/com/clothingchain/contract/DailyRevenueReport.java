package com.clothingchain.contract;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a branch sends for one closed business date
 * ({@code PUT /hq-api/v1/branches/{code}/daily-revenue/{businessDate}}). {@code revision} defaults to 1;
 * a corrected report carries a higher one.
 * <p>
 * {@code reportVersion} 2 (branches with tills) adds what the day's tills took: {@code tenders} (tender code →
 * amount taken, refunds deducted), {@code taxTotal}, {@code refunds} and {@code cashVariance} (counted − expected cash
 * over the day's closed tills). A report without them (version 1, null) is still accepted.
 */
public record DailyRevenueReport(BigDecimal revenue, BigDecimal loss, Integer transactionCount, Integer revision,
                                 Integer reportVersion, Map<String, BigDecimal> tenders, BigDecimal taxTotal,
                                 BigDecimal refunds, BigDecimal cashVariance) {

    public static final int WITH_TILLS = 2;

    /** A version 1 report: revenue and loss only. (A factory, not a constructor: JSON-B reads records of one constructor.) */
    public static DailyRevenueReport withoutTills(BigDecimal revenue, BigDecimal loss, Integer transactionCount, Integer revision) {
        return new DailyRevenueReport(revenue, loss, transactionCount, revision, null, null, null, null, null);
    }
}
