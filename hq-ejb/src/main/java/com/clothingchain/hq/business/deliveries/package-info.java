/**
 * Goods in at the branches: deliveries from HQ's warehouse and transfers between branches, and what each branch counted
 * on receiving them.
 * <p>
 * <b>Owns</b>: {@code deliveries} (to which branch, from where: the warehouse, or the sending branch with its own number
 * of the transfer; sent when and by whom, units sent and received, status
 * {@code SENT} or {@code RECEIVED}) and {@code delivery_lines} (units of each SKU sent, and received).
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.hq.business.deliveries.control.Deliveries}): a delivery goes to an active
 * branch, with 1 to 500 lines, each a SKU of HQ's catalogue once, with 1 to 99,999 units. A branch pulls its own
 * deliveries by number ({@code after} the last it holds); it receives each once, listing every SKU sent (0 when none
 * came) and any that came unsent; the same receipt again changes nothing, another one is a conflict. A line received
 * other than sent is a discrepancy, shown on HQ's deliveries page and in the API; nothing corrects it automatically.
 * A transfer is a delivery whose source is the sending branch, kept once per sending branch and its number of it (a
 * unique key; the same again answers what the first made, other goods under it are a conflict), to another active
 * branch; until received its goods are in transit, counted at neither branch.
 * <p>
 * <b>Operations</b>: send ({@code POST /hq-api/v1/deliveries}, the Deliveries page), list and read
 * ({@code GET /hq-api/v1/deliveries}, {@code /deliveries/{number}}), the branch's pull
 * ({@code GET /hq-api/v1/branches/{code}/deliveries?after=}) and receipt
 * ({@code PUT /hq-api/v1/branches/{code}/deliveries/{number}/receipt}); a branch's transfer
 * ({@code PUT /hq-api/v1/branches/{code}/transfers/{reference}}).
 * <p>
 * <b>Not here</b>: the branch's stock ledger and its count of the goods (branch-war's {@code goods} and {@code stock});
 * the warehouse's own stock; deliveries changed or cancelled after sending; requests for goods between branches.
 */
package com.clothingchain.hq.business.deliveries;
