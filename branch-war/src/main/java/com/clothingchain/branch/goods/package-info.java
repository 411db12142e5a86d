/**
 * Goods in and out: the deliveries HQ sends this branch (from its warehouse, or another branch's transfer) and their
 * receipt; the transfers this branch sends another branch through HQ; requests for goods between branches, both ways.
 * <p>
 * <b>Owns</b>: {@code deliveries} (HQ's number, where from, sent when and by whom, {@code EXPECTED} or {@code RECEIVED},
 * the business date, clerk and time of the receipt) and {@code delivery_lines} (units expected of each SKU, and counted);
 * {@code transfers} and {@code transfer_lines} (to which branch, the units of each SKU, {@code SENT} or {@code CANCELLED});
 * {@code transfer_requests} and {@code transfer_request_lines} ({@code OUTGOING}: made here of another branch, its id the
 * reference at HQ; {@code INCOMING}: made of this branch, pulled from HQ with HQ's number; {@code OPEN}, {@code DECLINED}
 * with a reason, or {@code FULFILLED} by a transfer).
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.branch.goods.control.GoodsIn},
 * {@link com.clothingchain.branch.goods.control.Transfers}, {@link com.clothingchain.branch.goods.control.TransferRequests}):
 * the branch pulls its deliveries from HQ
 * ({@link com.clothingchain.branch.goods.control.DeliveryPuller}, every {@code chain.deliveries.poll-interval}, or when a
 * clerk asks), those numbered after the last one held; HQ never calls a branch. A delivery is received once, under the
 * open day's lock: every SKU on its note listed with 0 to 99,999 units (0 when none came), and any product of the
 * branch's catalogue that came without being on it, by SKU or barcode; each counted unit is booked in ({@code RECEIVED},
 * or {@code TRANSFER_IN} for another branch's goods), and the receipt is queued in the outbox
 * ({@code send_goods_received}, the delivery's number as its subject) in the same transaction. Expected quantities are
 * shown to the clerk (a delivery note is not a blind count). A transfer (a manager's) books its goods out at once
 * ({@code TRANSFER_OUT}) and is queued for HQ ({@code send_transfer}) in the same transaction; the destination is
 * checked by HQ, and a transfer HQ refuses is cancelled by a manager, its goods booked back in. Differences are HQ's to
 * settle; the branch books what it counted. A request (a manager's) names another branch, 1 to 500 lines of products of
 * the catalogue replica, each once with 1 to 99,999 units; it is stored and queued for HQ ({@code send_transfer_request})
 * in one transaction, and books nothing. Requests made of this branch come in the delivery pull (after the last HQ
 * number held), and the state of this branch's own open ones is asked for in the same round. An open request made of
 * this branch is declined with a reason ({@code send_transfer_request_answer}) or fulfilled by a transfer naming it, which
 * goes to the branch that asked and carries HQ's number of the request in its note.
 * <p>
 * <b>Operations</b>: {@code GET /branch/api/v1/deliveries}, {@code GET /deliveries/{number}}, {@code POST /deliveries/pull},
 * {@code POST /deliveries/{number}/receipt} (clerks); {@code GET}/{@code POST /transfers},
 * {@code POST /transfers/{id}/cancel}, {@code GET}/{@code POST /transfer-requests},
 * {@code POST /transfer-requests/{id}/decline} (managers); the Goods in, receiving and Transfers pages (on the receiving page
 * every scan counts one at once in the browser).
 * <p>
 * <b>Not here</b>: reserving stock for a request, withdrawing a request; blind stock counts ({@code counts});
 * changing a receipt after it was booked (a recount on the product page corrects stock).
 */
package com.clothingchain.branch.goods;
