package com.clothingchain.branch.sales.entity;

/** A line of a sale or of a return as a clerk or a terminal asks for it: a SKU and how many. */
public record LineRequest(String sku, Integer quantity) {
}
