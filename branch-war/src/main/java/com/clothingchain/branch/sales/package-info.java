/**
 * Sales at the counter: what a customer buys at once, as a numbered receipt.
 * <p>
 * <b>Owns</b>: receipts ({@link com.clothingchain.branch.sales.entity.Receipt}) with their lines
 * ({@link com.clothingchain.branch.sales.entity.ReceiptLine}) and payments, the checkout
 * ({@link com.clothingchain.branch.sales.control.Checkout}), the money rules of a receipt
 * ({@link com.clothingchain.branch.sales.control.Tax}, {@link com.clothingchain.branch.sales.control.Payments}) and of
 * line discounts ({@link com.clothingchain.branch.sales.control.Discounts}), and the receipts' search.
 * <p>
 * <b>Rules</b>:
 * <ul>
 * <li>A sale is booked on the open business date at today's prices, to a till session, and only when paid in full;
 *     lines of one SKU are one line (1 to 999 units, at most 100 lines). Nothing is booked on a refusal.</li>
 * <li>A line may have a discount in percent: more than 0, at most 100, at most two decimals (400 naming
 *     {@code lines[i].discountPercent}); lines of one SKU have one discount (422). Above
 *     {@code chain.till.discount-limit} (default 30) only a manager gives one (403 for a clerk); a manager's is
 *     audited ({@code DISCOUNT_APPROVED}). The discount is {@code unit price × quantity × percent / 100}, half up to
 *     the cent, taken off the line's amount before its tax is worked out.</li>
 * <li>Each line's tax is worked out on its own, half up to the cent, at the rate of its tax category on the date;
 *     inclusive prices contain it, exclusive ones get it added. A line's total is what the customer paid for it:
 *     revenue, the stock ledger's amounts (and so the per-variant figures sent to HQ) and refunds all use it, so a
 *     discounted line is counted and refunded at what was paid.</li>
 * <li>Cash is rounded to the branch's cash step; only cash gives change; no card number is ever stored.</li>
 * <li>A STORE_CREDIT payment names a credit note of this branch and spends that much of its balance in the sale's
 *     transaction (422 naming {@code payments[i].reference} when there is no such note or too little left); the rules
 *     are the {@code credit} feature's ({@code StoreCredits}), called by the checkout.</li>
 * </ul>
 * <b>Operations</b>: {@code POST /api/v1/sales}, {@code GET /api/v1/sales/{receiptNumber}}, and the pages
 * {@code sales/new.xhtml} (the counter), {@code sales/receipt.xhtml} and {@code sales/index.xhtml}. Returns and
 * exchanges against a receipt are the {@code returns} feature's.
 * <p>
 * <b>Out of scope</b>: discounts on the whole receipt, promotions and coupons (a discount is given by hand per line),
 * loyalty schemes, a card terminal connection.
 */
package com.clothingchain.branch.sales;
