package com.clothingchain.branch.sales.boundary;

import com.clothingchain.branch.sales.entity.LineRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static com.clothingchain.shared.problem.Fields.wholeNumber;

/** A line of a sale or a return as JSON: a SKU or, in its place, a barcode. The quantity is read as a number and refused unless whole. */
public record LineInput(String sku, String barcode, BigDecimal quantity) {

    public static List<LineRequest> requests(List<LineInput> lines) {
        if (lines == null) {
            return null;
        }
        List<LineRequest> requests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            requests.add(line == null ? null : new LineRequest(line.sku(), line.barcode(), wholeNumber("lines[" + i + "].quantity", line.quantity())));
        }
        return requests;
    }
}
