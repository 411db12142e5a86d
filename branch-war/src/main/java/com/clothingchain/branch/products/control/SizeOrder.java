package com.clothingchain.branch.products.control;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order a shop shows sizes in, without HQ's size scale at hand: letter sizes from XXS to 5XL as worn, then
 * sizes that start with a number by that number (28, 30/32, 39-42), then anything else alphabetically.
 */
public final class SizeOrder implements Comparator<String> {

    public static final SizeOrder INSTANCE = new SizeOrder();
    private static final List<String> LETTERS = List.of("XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "4XL", "5XL");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:[.,]\\d+)?)");

    private SizeOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int byKind = Integer.compare(kind(a), kind(b));
        if (byKind != 0) {
            return byKind;
        }
        return switch (kind(a)) {
            case 0 -> Integer.compare(LETTERS.indexOf(letters(a)), LETTERS.indexOf(letters(b)));
            case 1 -> {
                int byNumber = Double.compare(number(a), number(b));
                yield byNumber != 0 ? byNumber : a.compareTo(b);
            }
            default -> a.compareToIgnoreCase(b);
        };
    }

    private static int kind(String size) {
        if (LETTERS.contains(letters(size))) {
            return 0;
        }
        return NUMBER.matcher(size.trim()).find() ? 1 : 2;
    }

    private static String letters(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        return s.equals("2XL") ? "XXL" : s.equals("3XL") ? "XXXL" : s.equals("2XS") ? "XXS" : s;
    }

    private static double number(String size) {
        Matcher m = NUMBER.matcher(size.trim());
        return m.find() ? Double.parseDouble(m.group(1).replace(',', '.')) : 0;
    }
}
