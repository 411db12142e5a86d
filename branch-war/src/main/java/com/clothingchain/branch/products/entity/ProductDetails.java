package com.clothingchain.branch.products.entity;

import java.math.BigDecimal;

/** What a manager may describe and change about a product: everything but its SKU. */
public record ProductDetails(String name, String category, String size, String colour, BigDecimal price) {
}
