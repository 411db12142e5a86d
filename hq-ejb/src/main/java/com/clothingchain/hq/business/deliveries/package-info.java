/**
 * Goods in at the branches: deliveries from HQ's warehouse, and what each branch counted on receiving them.
 * <p>
 * <b>Owns</b>: {@code deliveries} (to which branch, from where, sent when and by whom, units sent and received, status
 * {@code SENT} or {@code RECEIVED}) and {@code delivery_lines} (units of each SKU sent, and received).
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.hq.business.deliveries.control.Deliveries}): a delivery goes to an active
 * branch, with 1 to 500 lines, each a SKU of HQ's catalogue once, with 1 to 99,999 units. A branch pulls its own
 * deliveries by number ({@code after} the last it holds); it receives each once, listing every SKU sent (0 when none
 * came) and any that came unsent; the same receipt again changes nothing, another one is a conflict. A line received
 * other than sent is a discrepancy, shown on HQ's deliveries page and in the API; nothing corrects it automatically.
 * <p>
 * <b>Operations</b>: send ({@code POST /hq-api/v1/deliveries}, the Deliveries page), list and read
 * ({@code GET /hq-api/v1/deliveries}, {@code /deliveries/{number}}), the branch's pull
 * ({@code GET /hq-api/v1/branches/{code}/deliveries?after=}) and receipt
 * ({@code PUT /hq-api/v1/branches/{code}/deliveries/{number}/receipt}).
 * <p>
 * <b>Not here</b>: the branch's stock ledger and its count of the goods (branch-war's {@code goods} and {@code stock});
 * the warehouse's own stock; transfers between branches; deliveries changed or cancelled after sending.
 */
package com.clothingchain.hq.business.deliveries;
