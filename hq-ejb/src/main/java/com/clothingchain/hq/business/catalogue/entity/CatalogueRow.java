package com.clothingchain.hq.business.catalogue.entity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a catalogue file: a variant with its style's details and one of its chain prices, or none. Its
 * components are the file's columns in their order.
 */
public record CatalogueRow(String styleCode, String styleName, String category, String season, String description,
                           String sku, String barcode, String size, String colour, boolean active, String currency,
                           BigDecimal price) {

    /** The row's cells as text, in column order; null where empty. */
    public List<String> cells() {
        return Arrays.asList(styleCode, styleName, category, season, description, sku, barcode, size, colour,
                Boolean.toString(active), currency, price == null ? null : price.toPlainString());
    }
}
