package com.clothingchain.contract;

import java.util.List;

/**
 * One variant as a branch holds it, whole (an upsert: applying it twice changes nothing): what it is, whether it is
 * on sale, and its price schedule in the branch's currency, oldest first. {@code version} is the catalogue version
 * of its latest change.
 */
public record CatalogueItem(long version, String sku, String barcode, String styleCode, String styleName,
                            String category, String size, String colour, boolean active, List<ScheduledPrice> prices,
                            String taxCategory) {
}
