/**
 * The managers' reports over the daily reports, in SQL over the data source so that they count, sum, group and page in
 * the database.
 * <p>
 * <b>Owns</b>: nothing stored; the queries ({@link com.clothingchain.hq.business.reports.control.RevenueSql}) and
 * their readers ({@link com.clothingchain.hq.business.reports.control.RevenueReports}): a page of rows or every row a
 * chunk at a time, each row with its till figures and, for version 2 reports, its tender amounts (read for a whole
 * page or chunk in one query); totals per currency; the cash report's sums per currency and tender; daily totals; the
 * latest complete date; missing reports; and the files (CSV, Excel, the cash report's CSV, and its till sessions' CSV,
 * {@link com.clothingchain.hq.business.reports.control.SessionsCsv}, over the sessions {@code tills} reads).
 * <p>
 * <b>Rules</b>: a filter ({@link com.clothingchain.hq.business.reports.entity.RevenueFilter}) is at most 366 days; amounts
 * of different currencies are never added; the date range is served by an index, never a scan of daily_revenue.
 * <p>
 * <b>Not here</b>: storing reports ({@code revenue}); the pages and the API (hq-web, hq-api).
 */
package com.clothingchain.hq.business.reports;
