/**
 * The daily reports branches send HQ, one per branch and business date.
 * <p>
 * <b>Owns</b>: each report's figures (revenue, loss, transaction count, revision; in a version 2 report also what the
 * tills took: the amount per tender, refunds deducted, the tax total, the refunds and the cash variance), the revisions
 * a higher one replaced ({@code daily_revenue_revisions}, their tender amounts staying in {@code daily_revenue_tenders}
 * under their revision number), and when HQ received each.
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.hq.business.revenue.control.ReportFigures} for a report's fields,
 * {@link com.clothingchain.hq.business.revenue.control.DailyRevenueBook} for storing): amounts have at most two
 * decimals; loss, transaction count and refunds are not negative; a version 1 report carries no till figures; a version
 * 2 report carries tenders (any well-formed code: a branch may take a tender HQ has deactivated since), tax total and
 * refunds, and may leave out the cash variance; the date has begun in the branch's time zone and lies at most
 * {@code chain.reports.backfill-days} before its registration. Storing is idempotent: the same revision with the same
 * figures (the till figures included) changes nothing; a higher revision replaces the figures (audited); anything else
 * is a conflict naming {@code revision}.
 * <p>
 * <b>Operations</b>: record a report ({@code PUT /hq-api/v1/branches/{code}/daily-revenue/{date}}). Reading them is
 * the reports package's.
 * <p>
 * <b>Not here</b>: sums, pages and exports ({@code reports}); what a till is and takes ({@code tills}).
 */
package com.clothingchain.hq.business.revenue;
