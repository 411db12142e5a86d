/**
 * The till: how money is taken and counted at the counter.
 * <p>
 * <b>Owns</b>: the branch's copy of its till settings from HQ's registry (tax mode, cash rounding step, the
 * jurisdiction's effective-dated tax rates, the tenders: {@link com.clothingchain.branch.tills.control.TillRules}),
 * and till sessions ({@link com.clothingchain.branch.tills.entity.TillSession}) with their paid-in and paid-out
 * movements and blind counts.
 * <p>
 * <b>Rules</b>:
 * <ul>
 * <li>A session is one till on one business date, opened with a counted float. Every sale and refund is booked to a
 *     session of its own date: the named till's (refused while it is not open), or the API till's, which opens
 *     itself with a zero float for terminals that name none.</li>
 * <li>Expected cash = float + cash taken − cash refunded + paid-in − paid-out, from the bookings themselves (nothing is
 *     added up at the close, so the close can neither miss nor double the last minute's sales).</li>
 * <li>The count is blind: what was expected is shown only on the Z report that follows it (a manager may see the X
 *     report at any time). A variance above {@code chain.till.variance-threshold} (default 5.00) in any tender waits
 *     for a manager's approval with a reason; a counted session gets the next Z number, never reused.</li>
 * <li>When its date closes, a session still open is flagged AWAITING_COUNT and counted afterwards against that date;
 *     a named till takes no sales until then. The day's report carries the cash variance of the sessions counted by
 *     the close; a session counted later sends the day's report again as its next revision.</li>
 * <li>Paid-in and paid-out are a manager's, with a reason, and audited.</li>
 * </ul>
 * <b>Operations</b>: {@code /api/v1/tills} (open, movements, X report, count, session reports, approval) and the
 * pages {@code tills/index.xhtml} and {@code tills/report.xhtml}. Payments, tax and change are worked out by
 * {@code sales.control.Payments} and {@code sales.control.Tax} when a sale is booked.
 * <p>
 * <b>Out of scope</b>: card terminal integration (the clerk types the terminal's approval reference), gift card
 * balances (GIFT_CARD is a tender with a reference only: cards are sold and redeemed chain-wide, which needs HQ), store
 * credit notes and their balances (the {@code credit} feature's; the till only sees their STORE_CREDIT payments, issuing
 * negative and spending positive, no cash either way), cash drawer hardware.
 */
package com.clothingchain.branch.tills;
