/**
 * Stock: what the shop has of each variant, and why it changed.
 * <p>
 * <b>Owns</b>: the append-only ledger of movements ({@code stock_movements}: sale, return, loss, goods received,
 * transfer out and in, count adjustment; signed quantity, the on-hand it left, what it was worth at the till) and each
 * variant's on-hand ({@code stock_levels}), kept in the transaction of every movement.
 * <p>
 * <b>Rules</b>: a sale, a return (an exchange's too) and a write-off move on-hand by exactly their quantities, in
 * their own transaction; a sale is never blocked by stock (a shop sells what a customer holds), so on-hand may go below
 * zero, and such variants are listed for a manager; a movement is never changed or deleted, a correction is a new
 * movement (a manager's recount books the difference as {@code COUNT}). Every movement is booked under the open
 * business day's lock, like the booking that causes it, so one variant's movements never interleave.
 * <p>
 * <b>Operations</b>: a variant's on-hand with its style's other sizes and colours, its movements, the negative
 * variants, a recount ({@link com.clothingchain.branch.stock.boundary.StockResource}); a closed date's figures per
 * variant, read from the ledger, which its outbox call sends to HQ
 * ({@link com.clothingchain.branch.stock.control.Stock#dayFigures}).
 * <p>
 * Goods received from HQ's deliveries are booked here by {@code goods} as {@code RECEIVED} movements.
 * <p>
 * Blind counts of the whole shop or a category ({@code counts}) book their variances here as {@code COUNT} movements.
 * <p>
 * <b>Not yet</b> (issue 13): transfers between branches through HQ. A branch upgraded to this release starts every
 * variant at 0 on hand: a recount or a count sets it.
 */
package com.clothingchain.branch.stock;
