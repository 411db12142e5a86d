package com.clothingchain.branch.returns.entity;

/**
 * How a return is refunded: in which tender ({@code null}: the one that paid most of the receipt), with which
 * reference (a card refund's), at which till ({@code null}: the API till), and whether a manager gives it.
 */
public record Refund(String tender, String reference, String till, boolean byManager) {
}
