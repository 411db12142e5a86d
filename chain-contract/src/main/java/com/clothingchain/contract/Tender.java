package com.clothingchain.contract;

/**
 * A way to pay, as HQ defines it. {@code kind} says how the till treats it: {@code CASH} (counted in the drawer, gives
 * change), {@code CARD} (an approval reference and at most the last four digits, never a card number),
 * {@code VOUCHER} (gift card or store credit: a reference) or {@code OTHER}. {@code CASH} and {@code CARD} always exist.
 */
public record Tender(String code, String name, String kind, boolean active) {

    public static final String CASH = "CASH";
    public static final String CARD = "CARD";
}
