/**
 * The wire contract between HQ and the branches: every body that crosses between them, as a record both sides
 * read and write with JSON-B (HQ's JAX-RS resources, the branch's {@code HqConnection}).
 * <p>
 * <b>Owns</b>: the registry entry a branch reads about itself ({@link com.clothingchain.contract.BranchProfile}),
 * how its till works ({@link com.clothingchain.contract.TillSettings}: tax mode, cash rounding,
 * {@link com.clothingchain.contract.TaxRate}s and {@link com.clothingchain.contract.Tender}s), the daily report it sends ({@link com.clothingchain.contract.DailyRevenueReport}) and HQ's stored copy
 * ({@link com.clothingchain.contract.DailyRevenueRecord}), and the catalogue feed
 * ({@link com.clothingchain.contract.CataloguePage} of {@link com.clothingchain.contract.CatalogueItem}s with their
 * {@link com.clothingchain.contract.ScheduledPrice}s), the day's figures per variant it sends
 * ({@link com.clothingchain.contract.VariantDayReport} of {@link com.clothingchain.contract.VariantDayFigures}) and what
 * HQ answers from them ({@link com.clothingchain.contract.VariantDayRecord}, {@link com.clothingchain.contract.BranchStock}),
 * the deliveries it pulls ({@link com.clothingchain.contract.DeliveryNote}) and what it counted on receiving one
 * ({@link com.clothingchain.contract.DeliveryReceipt}), the goods it sends another branch
 * ({@link com.clothingchain.contract.TransferNote}), and the goods it asks another branch for
 * ({@link com.clothingchain.contract.TransferRequestNote}), as HQ lists them
 * ({@link com.clothingchain.contract.TransferRequestState}), a decline of such a request
 * ({@link com.clothingchain.contract.TransferRequestAnswer}), and each closed till session with its Z report
 * ({@link com.clothingchain.contract.TillSessionReport}).
 * <p>
 * <b>Rules</b>: records only, no behaviour and no dependencies; a field is added, never renamed or removed, so
 * branches on an older release keep working against a newer HQ. Errors are RFC 9457 problem details, not records
 * of this contract.
 */
package com.clothingchain.contract;
