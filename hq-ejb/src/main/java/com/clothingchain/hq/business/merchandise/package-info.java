/**
 * What branches sell, return and lose per variant, and what they hold: the per-variant figures each branch sends for
 * every closed business date, and each branch's stock of a variant as it last reported it.
 * <p>
 * <b>Owns</b>: {@code variant_days} (per branch and date: the revision held, the day's revenue, loss and cash rounding as
 * sent with the figures, how many variants, when HQ received them), {@code variant_day_figures} (per branch, date and
 * SKU, unique in the database: units and amounts sold, returned, written off, and on hand at the close) and
 * {@code branch_stock} (per branch and SKU: on hand, the business date it is as of, when HQ received it). SKUs are text
 * as the branch sent them, known to HQ's catalogue or not.
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.hq.business.merchandise.control.VariantFigureRules} for the fields,
 * {@link com.clothingchain.hq.business.merchandise.control.VariantFiguresBook} for storing): malformed fields are 400,
 * each named ({@code variants[2].soldAmount}); a SKU twice, or variants that do not add up to the day
 * (Σ soldAmount − Σ returnedAmount + rounding = revenue, Σ lossValue = loss, to the cent) are 422 naming
 * {@code variants}; the date rules of daily reports (begun in the branch's time zone, within the backfill window) apply.
 * Storing is idempotent like the daily reports': the same revision with the same figures changes nothing, a higher one
 * replaces the date's rows in one transaction (audited), anything else is a 409 naming {@code revision}. Stock is set
 * from {@code onHand} only for a date not before the one held. The figures' revenue and loss are checked against the
 * daily report of the same branch and date (matches, differs by how much, or no daily report): shown, never silently
 * accepted, and never a reason to refuse the figures (the two reports travel separately).
 * <p>
 * <b>Operations</b>: record a day's figures ({@code PUT /hq-api/v1/branches/{code}/variant-figures/{date}}); read them
 * ({@code GET /hq-api/v1/sales-by-variant}, streamed), a SKU's stock per branch ({@code GET /hq-api/v1/stock?sku=}), the
 * checks ({@code GET /hq-api/v1/variant-figures/checks}, paged; on the dashboard and the daily revenue page); the styles,
 * colours, sizes, categories or branches ranked best or worst by units sold less returned, with on hand, sell-through
 * and return rate ({@code GET /hq-api/v1/merchandise/rankings} and {@code /styles}, paged; the Sellers page, whose whole
 * ranking is exported as CSV or Excel by {@link com.clothingchain.hq.business.merchandise.control.RankingFile}), a
 * category's size curve and returns and shrink
 * per branch; a style's stock by branch, colour and size (the style page); all in SQL
 * ({@link com.clothingchain.hq.business.merchandise.control.MerchandiseReports}). Units, not amounts, where branches
 * are added up: they sell in their own currencies.
 * <p>
 * <b>Not here</b>: the daily reports themselves ({@code revenue}); the branch's stock ledger (branch-war); deliveries and
 * transfers ({@code deliveries}); amounts converted between currencies.
 */
package com.clothingchain.hq.business.merchandise;
