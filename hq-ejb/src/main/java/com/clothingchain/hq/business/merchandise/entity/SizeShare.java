package com.clothingchain.hq.business.merchandise.entity;

/** Units of one size sold in a category over a period. */
public record SizeShare(String size, long sold) {
}
