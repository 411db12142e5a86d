package com.clothingchain.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a branch sends about one closed business date, variant by variant
 * ({@code PUT /hq-api/v1/branches/{code}/variant-figures/{businessDate}}), through its outbox after the day's
 * {@link DailyRevenueReport}. {@code revision} as there: HQ keeps the highest, a resend of the same changes nothing.
 * <p>
 * The figures add up to the day to the cent: Σ {@code soldAmount} − Σ {@code returnedAmount} + {@code rounding}
 * = {@code revenue}, and Σ {@code lossValue} = {@code loss}, where {@code revenue} and {@code loss} are the day report's
 * and {@code rounding} is what cash rounding added to the day's receipts less what it added to its refunds.
 * {@code variants} lists every variant sold, returned, written off or otherwise moved that day.
 */
public record VariantDayReport(int revision, BigDecimal revenue, BigDecimal loss, BigDecimal rounding,
                               List<VariantDayFigures> variants) {
}
