package com.clothingchain.branch.goods.control;

import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.problem.ProblemException;

/** The product a line of goods in or out names, by SKU or barcode, with the refusal naming the line's field. */
final class GoodsLines {

    static final int MAX_UNITS = 99_999;

    private GoodsLines() {
    }

    static Product product(Catalog catalog, String field, String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest(field, field + " is required.");
        }
        String trimmed = code.trim();
        return catalog.byCode(trimmed).orElseThrow(() -> ProblemException.unprocessable(field,
                "This branch has no product " + (trimmed.length() > 64 ? trimmed.substring(0, 64) + "…" : trimmed)
                        + " (is its catalogue up to date?)."));
    }
}
