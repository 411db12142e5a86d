package com.clothingchain.hq.business.deliveries.control;

import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.between;
import static com.clothingchain.shared.problem.Fields.matching;
import static com.clothingchain.shared.problem.Fields.wholeNumber;

/** The checks goods between sites share: an active branch by code, and lines of SKUs of HQ's catalogue with their units. */
final class DeliveryLines {

    static final Pattern BRANCH_CODE = Pattern.compile("[A-Z0-9-]{2,16}");
    static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private DeliveryLines() {
    }

    static Branch activeBranch(BranchRegistry registry, String field, String code) {
        String valid = matching(field, code, BRANCH_CODE, "a branch code such as B001");
        Branch branch = registry.find(valid)
                .orElseThrow(() -> ProblemException.unprocessable(field, "There is no branch " + valid + "."));
        if (!branch.isActive()) {
            throw ProblemException.unprocessable(field, "Branch " + valid + " is inactive.");
        }
        return branch;
    }

    /** Wire lines as typed lines (null stays null, for the checks to name). */
    static List<Deliveries.LineInput> inputs(List<DeliveryNote.Line> lines) {
        return lines == null ? null : lines.stream()
                .map(l -> l == null ? null : new Deliveries.LineInput(l.sku(), BigDecimal.valueOf(l.quantity()))).toList();
    }

    /** 1 to {@value Deliveries#MAX_LINES} lines, each a SKU of HQ's catalogue once with 1 to 99,999 units; refusals go to {@code checks}. */
    static Map<String, Integer> units(Catalogue catalogue, List<Deliveries.LineInput> lines, FieldChecks checks, String what) {
        if (lines == null || lines.isEmpty()) {
            throw ProblemException.badRequest("lines", "A " + what + " has at least one line.");
        }
        if (lines.size() > Deliveries.MAX_LINES) {
            throw ProblemException.badRequest("lines", "A " + what + " has at most " + Deliveries.MAX_LINES + " lines.");
        }
        Map<String, Integer> units = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            Deliveries.LineInput line = lines.get(i);
            String sku = line == null ? null : line.sku() == null ? null : line.sku().trim().toUpperCase(Locale.ROOT);
            Integer quantity = checks.check(() -> between(field + ".quantity", wholeNumber(field + ".quantity",
                    line == null ? null : line.quantity()), 1, Deliveries.MAX_UNITS));
            checks.check(() -> {
                if (sku == null || !Catalogue.SKU.matcher(sku).matches()) {
                    throw ProblemException.badRequest(field + ".sku", field + ".sku must be a SKU such as WT-01-M-BLA.");
                }
                if (catalogue.findVariant(sku).isEmpty()) {
                    throw ProblemException.unprocessable(field + ".sku", "HQ's catalogue has no SKU " + sku + ".");
                }
                if (units.containsKey(sku)) {
                    throw ProblemException.unprocessable(field + ".sku", sku + " is on the " + what + " twice.");
                }
                return sku;
            });
            if (sku != null && quantity != null && !units.containsKey(sku)) {
                units.put(sku, quantity);
            }
        }
        return units;
    }
}
