/**
 * Stock counts: a manager counts the whole shop or one category, clerks count blind, and the variances are posted as
 * stock adjustments when the manager approves them.
 * <p>
 * <b>Owns</b>: {@code stock_counts} (scope: the whole shop or one category; {@code OPEN}, {@code POSTED} or
 * {@code CANCELLED}; who started it, when and on which business date; who posted or cancelled it and when; the date its
 * movements were booked on) and {@code stock_count_lines} (per product counted: the units counted so far, who counted
 * last and when, and the book quantity, the product's on-hand at that moment).
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.branch.counts.control.StockCounts}):
 * <ul>
 * <li>One count is open at a time (checked under the open day's lock, and by a unique index on {@code open_guard}). A
 * manager starts it, of {@code ALL} or of a category that a product on sale has, and cancels it (nothing booked).</li>
 * <li>Clerks (and managers) count the open count's products by SKU or barcode: a scan adds one, or a number 0 to 99,999
 * replaces the line's count. A product outside the scope, an unknown code, a bad number are refused naming their field;
 * a closed count takes nothing (409).</li>
 * <li>Blind: nothing a clerk calls or sees holds a book quantity or a variance; only a manager's variance view does.</li>
 * <li>Every change to a line takes the open day's lock, as every sale does, and records the on-hand of that moment as
 * the line's book quantity. Posting books {@code counted - book quantity} of each line, so what moved after a line was
 * last counted (a sale in the meantime) stays booked and is not taken for a variance: on-hand after posting is what
 * was counted plus what moved since. A line counted again takes the book quantity of its new moment.</li>
 * <li>Posting (a manager's, under the open day's lock) books one {@code COUNT} movement per product whose variance is
 * not 0, on the open date, with the reference {@code count <id>}; products of the scope that nobody counted are left as
 * they are, unless the manager confirms that none are there ({@code uncountedAreZero}): they then get a line of 0
 * against their on-hand of the moment of posting, and are set to 0. The manager's variance view lists them apart
 * (those still sold, and any other with stock on the books) while the count is open.</li>
 * <li>Start, cancel and post are audited.</li>
 * </ul>
 * <b>Operations</b>: {@code /branch/api/v1/stock-counts} ({@link com.clothingchain.branch.counts.boundary.StockCountsResource});
 * the Counts page, where each scan shows at once and reaches the server in order (scanner.js, shared with goods in).
 * <p>
 * <b>Not here</b>: counts spread over several open counts at once (zones); the variance view of a whole shop is not
 * paged.
 */
package com.clothingchain.branch.counts;
