/**
 * The chain's catalogue, kept at HQ and replicated by every branch.
 * <p>
 * <b>Owns</b>: size scales (the sizes of a category, in order), the category tree (each category with the tax
 * category its styles are taxed in at the tills, STANDARD unless given when it is defined; the feed sends it as each
 * variant's {@code taxCategory}), styles (code, name, category,
 * season, description, on sale or not) and their variants (style x size x colour, each with a SKU and a barcode),
 * and prices: per variant and currency, for the whole chain or one branch, each from a business date on. A price for a
 * price group (a label on branches) is written as each active member's own price when it is set.
 * <p>
 * <b>Rules</b> ({@link com.clothingchain.hq.business.catalogue.control.Catalogue}, for the API, the pages and the
 * imports alike): codes are 1-32 of A-Z, 0-9 and -; a SKU is a valid branch SKU; a barcode is an EAN-13, UPC-A or
 * EAN-8 with its check digit and unique across the chain as a GTIN; a variant's size is in its category's scale and
 * its size and colour never change; one variant per size and colour of a style; a price has at most two decimals and
 * is more than 0; a branch's own price is in the branch's currency; a scheduled price is not in the past. Every
 * refusal names its field ({@code variants[2].barcode}) and all are given at once; nothing changes unless all of a
 * request is valid.
 * <p>
 * <b>Versions</b>: every change to a variant, its style or its prices gives that variant the next catalogue version;
 * changes take turns on the counter row, so a reader never sees a version before the lower ones. What changed since
 * version N is one index range.
 * <p>
 * <b>Operations</b>: define a scale or a category, save a style with its variants and chain prices, schedule a price
 * for a variant or a whole style (for the chain, a branch or a price group), browse styles and prices a page at a time
 * ({@link com.clothingchain.hq.business.catalogue.control.CatalogueBrowsing}, which also finds free in-store barcodes),
 * and {@code changesFor(branch, since, limit)}: the feed page of one branch, each variant whole with its price
 * schedule in the branch's currency ({@link com.clothingchain.hq.business.catalogue.control.PriceSchedule}: the
 * branch's own price wins from its date, else the chain's).
 * <p>
 * <b>Files</b>: one layout for import and export, one row per variant and currency
 * ({@link com.clothingchain.hq.business.catalogue.control.CatalogueCsv}, which holds its rules for CSV and
 * {@link com.clothingchain.hq.business.catalogue.control.CatalogueXlsx} alike). An import is checked in full and
 * then saved in one transaction, each refusal named by its row ({@code rows[17].barcode}), nothing saved unless all
 * is valid. {@link com.clothingchain.hq.business.catalogue.control.CatalogueExport} writes the whole catalogue as CSV
 * or an Excel workbook, streamed a page of variants at a time, with each variant's chain price in effect now per
 * currency (scheduled and branch prices stay out, and an import leaves them alone), so that a file exported and
 * imported back changes nothing (a price given again at once is no change), but for the one case its single
 * {@code active} column can not say (see CatalogueExport).
 * <p>
 * <b>Not here</b>: the branch replica and selling (branch-war), the pages (hq-web), stock, prices that follow a group's
 * later membership changes.
 */
package com.clothingchain.hq.business.catalogue;
