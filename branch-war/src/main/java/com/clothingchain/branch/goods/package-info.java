/**
 * Goods in: the deliveries HQ's warehouse sends this branch, and their receipt.
 * <p>
 * <b>Owns</b>: {@code deliveries} (HQ's number, where from, sent when and by whom, {@code EXPECTED} or {@code RECEIVED},
 * the business date, clerk and time of the receipt) and {@code delivery_lines} (units expected of each SKU, and counted).
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.branch.goods.control.GoodsIn}): the branch pulls its deliveries from HQ
 * ({@link com.clothingchain.branch.goods.control.DeliveryPuller}, every {@code chain.deliveries.poll-interval}, or when a
 * clerk asks), those numbered after the last one held; HQ never calls a branch. A delivery is received once, under the
 * open day's lock: every SKU on its note listed with 0 to 99,999 units (0 when none came), and any product of the
 * branch's catalogue that came without being on it, by SKU or barcode; each counted unit is booked in as a
 * {@code RECEIVED} stock movement, and the receipt is queued in the outbox ({@code send_goods_received}, the delivery's
 * number as its subject) in the same transaction. Expected quantities are shown to the clerk (a delivery note is not a
 * blind count). Differences are HQ's to settle; the branch books what it counted.
 * <p>
 * <b>Operations</b>: {@code GET /branch/api/v1/deliveries}, {@code GET /deliveries/{number}}, {@code POST /deliveries/pull},
 * {@code POST /deliveries/{number}/receipt {"lines":[{"sku","counted"}]}} (clerks); the Goods in page and the receiving
 * page, where every scan counts one at once in the browser.
 * <p>
 * <b>Not here</b>: transfers between branches; blind stock counts ({@code counts}); changing a receipt after it was booked (a recount on
 * the product page corrects stock).
 */
package com.clothingchain.branch.goods;
