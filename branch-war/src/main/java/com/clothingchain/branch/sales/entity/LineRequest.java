package com.clothingchain.branch.sales.entity;

import java.math.BigDecimal;

/**
 * A line of a sale or of a return as a clerk or a terminal asks for it: a SKU (or a barcode), how many, and on a sale
 * an optional line discount in percent ({@code null}: none; a return takes none).
 */
public record LineRequest(String sku, String barcode, Integer quantity, BigDecimal discountPercent) {

    public LineRequest(String sku, String barcode, Integer quantity) {
        this(sku, barcode, quantity, null);
    }

    public LineRequest(String sku, Integer quantity) {
        this(sku, null, quantity, null);
    }
}
