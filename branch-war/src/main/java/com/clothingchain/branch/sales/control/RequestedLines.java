package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.shared.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.clothingchain.shared.problem.Fields.between;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/** Checks the lines of a sale or a return and adds up lines of the same SKU: SKU → quantity, in the order given. */
public final class RequestedLines {

    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY = 999;
    /** A SKU or barcode as typed or scanned; longer input is refused before it is looked up. */
    public static final int MAX_CODE_LENGTH = 64;

    private RequestedLines() {
    }

    public static Map<String, Integer> bySku(List<LineRequest> lines) {
        if (lines == null || lines.isEmpty()) {
            throw ProblemException.badRequest("lines", "At least one line is required.");
        }
        if (lines.size() > MAX_LINES) {
            throw ProblemException.badRequest("lines", "At most " + MAX_LINES + " lines are allowed.");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            LineRequest line = required(field, lines.get(i));
            String sku = text(field + ".sku", line.sku(), MAX_CODE_LENGTH).toUpperCase(Locale.ROOT);
            int quantity = between(field + ".quantity", line.quantity(), 1, MAX_QUANTITY);
            quantities.merge(sku, quantity, Integer::sum);
            if (quantities.get(sku) > MAX_QUANTITY) {
                throw ProblemException.badRequest(field + ".quantity", "At most " + MAX_QUANTITY + " of " + sku + " at once.");
            }
        }
        return quantities;
    }

    /** The field naming the first line with this SKU, for error messages. */
    public static String fieldOf(List<LineRequest> lines, String sku, String member) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().trim().equalsIgnoreCase(sku)) {
                return "lines[" + i + "]." + member;
            }
        }
        return "lines";
    }
}
