package com.clothingchain.branch.sales.entity;

/** A line of a sale or of a return as a clerk or a terminal asks for it: a SKU (or a barcode) and how many. */
public record LineRequest(String sku, String barcode, Integer quantity) {

    public LineRequest(String sku, Integer quantity) {
        this(sku, null, quantity);
    }
}
