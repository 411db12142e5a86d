package com.clothingchain.branch.goods.control;

import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.between;
import static com.clothingchain.shared.problem.Fields.matching;
import static com.clothingchain.shared.problem.Fields.wholeNumber;

/**
 * The checks goods in and out share: the product a line names, by SKU or barcode, with the refusal naming the line's
 * field; another branch as the other end; the lines of a transfer or a request.
 */
final class GoodsLines {

    static final int MAX_UNITS = 99_999;
    static final int MAX_LINES = 500;
    private static final Pattern BRANCH_CODE = Pattern.compile("[A-Z0-9-]{2,16}");

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

    /** Another branch's code, trimmed and in capitals, named {@code to}; this branch's own is refused. */
    static String otherBranch(BranchSite site, String to, String what) {
        String code = matching("to", to == null ? null : to.trim().toUpperCase(Locale.ROOT), BRANCH_CODE, "a branch code such as B002");
        if (site.code().filter(code::equals).isPresent()) {
            throw ProblemException.unprocessable("to", what + " another branch, not this one.");
        }
        return code;
    }

    /**
     * 1 to {@value #MAX_LINES} lines, each a product of this branch's catalogue once with 1 to {@value #MAX_UNITS} units;
     * each line's refusal goes to {@code checks}, naming {@code lines[i].sku} or {@code lines[i].quantity}.
     */
    static Map<Product, Integer> units(Catalog catalog, List<Transfers.Line> lines, FieldChecks checks, String what) {
        if (lines == null || lines.isEmpty()) {
            throw ProblemException.badRequest("lines", "A " + what + " has at least one line.");
        }
        if (lines.size() > MAX_LINES) {
            throw ProblemException.badRequest("lines", "A " + what + " has at most " + MAX_LINES + " lines.");
        }
        Map<Product, Integer> units = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            Transfers.Line line = lines.get(i);
            Integer quantity = checks.check(() -> between(field + ".quantity", wholeNumber(field + ".quantity",
                    line == null ? null : line.quantity()), 1, MAX_UNITS));
            Product product = checks.check(() -> product(catalog, field + ".sku", line == null ? null : line.sku()));
            if (product != null && units.containsKey(product)) {
                checks.add(ProblemException.unprocessable(field + ".sku", product.getSku() + " is listed twice."));
            } else if (product != null && quantity != null) {
                units.put(product, quantity);
            }
        }
        return units;
    }

    /** The units by SKU. */
    static Map<String, Integer> bySku(Map<Product, Integer> units) {
        Map<String, Integer> bySku = new LinkedHashMap<>();
        units.forEach((product, quantity) -> bySku.put(product.getSku(), quantity));
        return bySku;
    }
}
