/**
 * How the branches' tills work, set at HQ: the tenders the chain takes, the tax rates of each jurisdiction and each
 * branch's till settings. A branch reads them in its profile ({@code GET /hq-api/v1/branches/{code}}, its
 * {@link com.clothingchain.contract.TillSettings}).
 * <p>
 * <b>Owns</b>: tenders (code, name, kind CASH / CARD / VOUCHER / OTHER, active), tax rates (jurisdiction, tax
 * category, from a business date, percent), and a branch's jurisdiction, tax mode (INCLUSIVE: prices include tax;
 * EXCLUSIVE: tax is added at the till) and cash rounding (0.01: none, 0.05, 0.10), kept on the branch's row; and the
 * branches' closed till sessions ({@link com.clothingchain.hq.business.tills.entity.TillSessionEntry}, tables
 * {@code till_sessions} and {@code till_session_tenders}), as each sends them through its outbox
 * ({@code send_till_session}, a {@link com.clothingchain.contract.TillSessionReport}).
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.hq.business.tills.control.TillRules}, enforced by
 * {@link com.clothingchain.hq.business.tills.control.Tills}): codes as written there; a rate is 0 to 100 percent with
 * at most three decimals (8.875), in effect from its date until the next rate of its category; a category's first rate may start
 * on any date, a later one not before yesterday (UTC), and a rate once defined is never changed (the same again is no
 * change); CASH and CARD always exist and are never deactivated; tenders are never deleted (reports name them); a
 * branch's jurisdiction is one that has rates. Every refusal is a problem naming its field; every change is audited
 * (TENDER_CHANGED, TAX_RATE_DEFINED, BRANCH_CHANGED for till settings).
 * A till session ({@link com.clothingchain.hq.business.tills.control.TillSessions}, checked by
 * {@link com.clothingchain.hq.business.tills.control.TillSessionFigures}) is kept once per branch and Z number: the same
 * again (amounts to the cent, times to the second, tenders in any order) changes nothing, other content is a conflict;
 * every field is checked (422 naming it), variance = counted − expected per tender, and its business date follows the
 * day report's rule, shared ({@code DailyRevenueBook.checkOpenDate}: within the backfill window, and at most the day
 * after the branch's calendar date in its time zone, since a branch that closed today early has tomorrow open).
 * A session's cash variance is its CASH tender's (0 without one); the variance per clerk is grouped by branch and the
 * clerk who opened the till, added up and paged in the database (amounts of different currencies never meet, since a
 * branch has one).
 * <p>
 * <b>Operations</b>: list and define tenders, rename or (de)activate one; list and define tax rates; set a branch's
 * till settings; {@code settingsOf(branch)}: the branch's TillSettings with all its jurisdiction's rates (by category
 * and date) and the active tenders; record a branch's till session; read the sessions of a period, branch and clerk a
 * page at a time or all of them (the export), and the variances per branch and clerk.
 * <p>
 * <b>Not here</b>: the till itself, tax computation and cash counts (branch-war); what the tills took each day
 * (reported with the daily report, kept by {@code revenue}); a category's tax category (catalogue, given when the
 * category is defined); removing a tax rate or a tender.
 */
package com.clothingchain.hq.business.tills;
