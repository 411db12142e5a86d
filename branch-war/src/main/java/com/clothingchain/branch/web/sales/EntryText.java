package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.sales.control.RequestedLines;
import com.clothingchain.shared.problem.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clerk typed or a scanner sent into the entry field: a code (SKU, or a name to search), optionally led by a
 * quantity, {@code 3*TSH-RED-M}, {@code 3×TSH-RED-M} or {@code 3 x TSH-RED-M}, as on most tills. A SKU such as
 * {@code 3XL-HOD} is never read as a quantity: a plain x counts only with spaces around it.
 */
record EntryText(String code, int quantity) {

    private static final Pattern MULTIPLIED = Pattern.compile("\\s*(\\d{1,4})\\s*(?:[*×]|\\s[xX]\\s)\\s*(.+)");

    /** {@code defaultQuantity} is the quantity field's; a quantity typed before the code wins. */
    static EntryText parse(String text, int defaultQuantity) {
        String typed = text == null ? "" : text.trim();
        int quantity = defaultQuantity;
        Matcher multiplied = MULTIPLIED.matcher(typed);
        if (multiplied.matches()) {
            quantity = Integer.parseInt(multiplied.group(1));
            typed = multiplied.group(2).trim();
        }
        if (typed.isEmpty()) {
            throw ProblemException.badRequest("code", "Scan or type a SKU, or a part of a name.");
        }
        if (typed.length() > RequestedLines.MAX_CODE_LENGTH) {
            throw ProblemException.badRequest("code", "That is not a SKU: at most " + RequestedLines.MAX_CODE_LENGTH + " characters.");
        }
        return new EntryText(typed, validQuantity(quantity));
    }

    /** The text without a leading quantity, for suggestions. */
    static String withoutQuantity(String text) {
        Matcher multiplied = MULTIPLIED.matcher(text);
        return (multiplied.matches() ? multiplied.group(2) : text).trim();
    }

    static int validQuantity(int quantity) {
        if (quantity < 1 || quantity > RequestedLines.MAX_QUANTITY) {
            throw ProblemException.badRequest("quantity", "A quantity is a whole number from 1 to " + RequestedLines.MAX_QUANTITY + ".");
        }
        return quantity;
    }
}
