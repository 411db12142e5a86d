package com.clothingchain.hq.business.catalogue.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A style as a merchandiser sends it (the API's body, the style editor's grid, a row group of an import): its
 * details and the variants to create or change; variants not listed stay as they are.
 */
public record StyleInput(String name, String category, String season, String description, Boolean active,
                         List<VariantInput> variants) {

    /** One cell of the size x colour grid; {@code prices} are the chain's prices from now on, one per currency. */
    public record VariantInput(String sku, String barcode, String size, String colour, Boolean active,
                               List<PriceInput> prices) {
    }

    public record PriceInput(String currency, BigDecimal price) {
    }
}
