package com.clothingchain.hq.business.catalogue.control;

import java.util.regex.Pattern;

/** Retail barcodes a scanner reads off a label: EAN-13, UPC-A and EAN-8, each with its GS1 check digit. */
public final class Barcodes {

    private static final Pattern DIGITS = Pattern.compile("\\d{8}|\\d{12}|\\d{13}");

    private Barcodes() {
    }

    /** True for 8, 12 or 13 digits whose last digit is the GS1 check digit of the others. */
    public static boolean isValid(String barcode) {
        return barcode != null && DIGITS.matcher(barcode).matches()
                && checkDigit(barcode.substring(0, barcode.length() - 1)) == barcode.charAt(barcode.length() - 1) - '0';
    }

    /** The GS1 check digit of the digits before it: weights 3 and 1 alternating from the right. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** An in-store EAN-13 (prefix 2, which GS1 keeps for a company's own use) for a serial of up to 11 digits. */
    public static String inStore(long serial) {
        String digits = "2" + String.format("%011d", serial % 100_000_000_000L);
        return digits + checkDigit(digits);
    }

    /** The same code as a 14-digit GTIN, so an UPC-A and the EAN-13 "0" + that UPC-A compare equal. */
    public static String gtin(String barcode) {
        return "0".repeat(14 - barcode.length()) + barcode;
    }
}
