/**
 * Goods in at the branches: deliveries from HQ's warehouse and transfers between branches, and what each branch counted
 * on receiving them; requests for goods between branches, passed on from the asking branch to the asked one.
 * <p>
 * <b>Owns</b>: {@code deliveries} (to which branch, from where: the warehouse, or the sending branch with its own number
 * of the transfer; sent when and by whom, units sent and received, status
 * {@code SENT} or {@code RECEIVED}) and {@code delivery_lines} (units of each SKU sent, and received);
 * {@code transfer_requests} and {@code transfer_request_lines} (which branch asks which, under the asking branch's own
 * reference, for the units of each SKU; {@code OPEN}, {@code DECLINED} with a reason, or {@code FULFILLED} by a delivery).
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.hq.business.deliveries.control.Deliveries}): a delivery goes to an active
 * branch, with 1 to 500 lines, each a SKU of HQ's catalogue once, with 1 to 99,999 units. A branch pulls its own
 * deliveries by number ({@code after} the last it holds); it receives each once, listing every SKU sent (0 when none
 * came) and any that came unsent; the same receipt again changes nothing, another one is a conflict. A line received
 * other than sent is a discrepancy, shown on HQ's deliveries page and in the API; nothing corrects it automatically.
 * A transfer is a delivery whose source is the sending branch, kept once per sending branch and its number of it (a
 * unique key; the same again answers what the first made, other goods under it are a conflict), to another active
 * branch; until received its goods are in transit, counted at neither branch.
 * {@link com.clothingchain.hq.business.deliveries.control.TransferRequests}: a request is kept once per requesting branch
 * and reference (a unique key; the same again answers the first, other goods, note or branch asked are a conflict), to
 * another active branch, with lines checked as a delivery's; audited {@code TRANSFER_REQUESTED}. The asked branch pulls
 * the requests made of it by number; it declines an open one with a reason once ({@code TRANSFER_REQUEST_DECLINED}), or
 * sends a transfer whose note names it, which marks it fulfilled (only an open request the receiver made of the sender).
 * <p>
 * <b>Operations</b>: send ({@code POST /hq-api/v1/deliveries}, the Deliveries page), list and read
 * ({@code GET /hq-api/v1/deliveries}, {@code /deliveries/{number}}), the branch's pull
 * ({@code GET /hq-api/v1/branches/{code}/deliveries?after=}) and receipt
 * ({@code PUT /hq-api/v1/branches/{code}/deliveries/{number}/receipt}); a branch's transfer
 * ({@code PUT /hq-api/v1/branches/{code}/transfers/{reference}}); a branch's request
 * ({@code PUT /hq-api/v1/branches/{code}/transfer-requests/{reference}}, its state by {@code GET} there), the asked
 * branch's pull ({@code GET .../transfer-requests?after=}) and decline
 * ({@code PUT .../transfer-request-answers/{number}}); the managers' list ({@code GET /hq-api/v1/transfer-requests}, and
 * the open ones on the Deliveries page).
 * <p>
 * <b>Not here</b>: the branch's stock ledger and its count of the goods (branch-war's {@code goods} and {@code stock});
 * the warehouse's own stock; deliveries changed or cancelled after sending; reserving stock for a request, HQ acting on a request (e.g. sending
 * from the warehouse instead), withdrawing a request.
 */
package com.clothingchain.hq.business.deliveries;
