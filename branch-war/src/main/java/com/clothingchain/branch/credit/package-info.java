/**
 * Store credit: the STORE_CREDIT tender as a credit note with a balance, kept at the branch that issued it.
 * <p>
 * <b>Owns</b>: credit notes ({@link com.clothingchain.branch.credit.entity.StoreCredit}, table {@code store_credits})
 * and their rules ({@link com.clothingchain.branch.credit.control.StoreCredits}).
 * <p>
 * <b>Rules</b>:
 * <ul>
 * <li>A refund to STORE_CREDIT (a return's, or the part of an exchange's refund the new goods did not take) issues a
 *     new note in the refund's transaction: number {@code SC-<branch code>-<8 random base32 letters>} (A–Z, 2–7, from
 *     {@code SecureRandom}; {@code SC-<8 letters>} while the branch has no code), amount and balance = the refund, the
 *     refund it came from, the business date and clerk. The refund's payment (negative, STORE_CREDIT) carries the number
 *     as its reference. Such a refund takes no {@code refundReference} (400).</li>
 * <li>A sale's payment {@code {"tender":"STORE_CREDIT","reference":"SC-…"}} (case ignored) must name a note of this
 *     branch whose balance covers its amount; the balance goes down by it in the sale's transaction, with one conditional
 *     update (and under the day's lock, like every booking), so two tills spending one note at once never both succeed.
 *     Refused with 422 naming {@code payments[i].reference}, nothing booked. A note is spent in parts until 0.</li>
 * <li>The balance never goes below 0 nor above the amount (a check in the database too). Refunding a sale paid by
 *     store credit back to STORE_CREDIT issues a new note; the spent note is not topped up.</li>
 * <li>No cash moves: issuing is a STORE_CREDIT refund (negative in the till's and the day's STORE_CREDIT tender),
 *     spending a STORE_CREDIT payment (positive).</li>
 * </ul>
 * <b>Operations</b>: {@code GET /api/v1/store-credits/{number}}; issuing through {@code POST /returns} and
 * {@code POST /exchanges}, spending through {@code POST /sales} and {@code POST /exchanges}; the sale page's store
 * credit fields and the refund slip.
 * <p>
 * <b>Out of scope</b>: notes of other branches (a note is spent where it was issued; chain-wide credit needs HQ), gift
 * cards (GIFT_CARD stays a tender with a reference only), expiry, cashing a note out, topping one up.
 */
package com.clothingchain.branch.credit;
