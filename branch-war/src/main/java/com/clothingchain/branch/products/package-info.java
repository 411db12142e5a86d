/**
 * What the shop sells.
 * <p>
 * <b>Owns</b>: the products (SKU, name, category, size, colour, price, on sale or not) and the branch's replica of
 * HQ's catalogue: products that came from HQ carry their barcode, style and catalogue version, and their price
 * schedule ({@code product_prices}); the version held and the last pull ({@code catalogue_replica}).
 * <p>
 * <b>Rules</b>: a product is never deleted, only taken off sale; HQ's variants are applied whole and only when newer
 * than the copy held (a page applied twice changes nothing); a product's price is the one its schedule has on the
 * open business date, set whenever a date opens; a variant without a price in the branch's currency is not sold.
 * Receipts, returns and write-offs keep their own copy of what was sold at what price.
 * <p>
 * <b>Operations</b>: look up by SKU, barcode or text ({@link com.clothingchain.branch.products.control.Catalog});
 * add and change the branch's own products (managers); pull and apply HQ's feed
 * ({@link com.clothingchain.branch.products.control.CataloguePuller},
 * {@link com.clothingchain.branch.products.control.CatalogueReplica}).
 * <p>
 * <b>Not yet</b>: products made read-only at the branch and its own ones carried over to HQ's catalogue; suggestions
 * grouped by style; the replica's state on the day page and in health.
 */
package com.clothingchain.branch.products;
