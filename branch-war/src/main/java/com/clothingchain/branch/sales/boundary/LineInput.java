package com.clothingchain.branch.sales.boundary;

import com.clothingchain.branch.sales.control.Discounts;
import com.clothingchain.branch.sales.entity.LineRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static com.clothingchain.shared.problem.Fields.wholeNumber;

/**
 * A line of a sale or a return as JSON: a SKU or, in its place, a barcode. The quantity is read as a number and
 * refused unless whole. {@code discountPercent} (a sale's only) is read as any JSON value, so that one that is not a
 * number is refused naming its field rather than as a body of the wrong shape.
 */
public record LineInput(String sku, String barcode, BigDecimal quantity, Object discountPercent) {

    public static List<LineRequest> requests(List<LineInput> lines) {
        return requests("lines", lines);
    }

    /** The lines of the member {@code member} ({@code returnLines} of an exchange), each refusal naming it. */
    public static List<LineRequest> requests(String member, List<LineInput> lines) {
        if (lines == null) {
            return null;
        }
        List<LineRequest> requests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            String field = member + "[" + i + "]";
            requests.add(line == null ? null : new LineRequest(line.sku(), line.barcode(), wholeNumber(field + ".quantity", line.quantity()),
                    Discounts.percent(field + ".discountPercent", line.discountPercent())));
        }
        return requests;
    }
}
