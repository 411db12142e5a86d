package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.tills.control.TillRules;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules of line discounts, for the API and the sale page alike. A discount is a percent of a line's amount (unit
 * price × quantity): more than 0, at most 100, with at most two decimals (400 otherwise). Lines of the same SKU add
 * up to one line, so they must have the same discount (422). Above {@code chain.till.discount-limit} only a manager
 * gives one (403). What it takes off, and when, is {@link Tax#line}'s. A return takes no discount: it refunds what
 * was paid.
 */
@ApplicationScoped
public class Discounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A percent as text: digits, maybe a sign and decimals (no exponent), short. */
    private static final Pattern TYPED = Pattern.compile("[+-]?[0-9]{1,6}(\\.[0-9]{1,8})?");

    @Inject
    TillRules rules;

    /**
     * A percent as a JSON number, or as text typed on a page ("12.5", "12,5"); {@code null} or blank is no discount.
     * Refused (400 naming {@code field}) unless it is a number more than 0 and at most 100 with at most two decimals.
     */
    public static BigDecimal percent(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        BigDecimal percent = number(field, value);
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw ProblemException.badRequest(field, "A discount is more than 0 and at most 100 percent.");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw ProblemException.badRequest(field, "A discount has at most two decimals, such as 12.5 or 33.33.");
        }
        return percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal number(String field, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        String text = value instanceof Number || value instanceof String ? value.toString().trim().replace(',', '.') : "";
        if (!TYPED.matcher(text).matches()) {
            throw ProblemException.badRequest(field, "A discount is a number of percent, such as 15 or 12.5.");
        }
        return new BigDecimal(text);
    }

    /**
     * The discount of each SKU of a sale's lines (lines of one SKU are one line), each percent checked: SKU → percent,
     * without the SKUs that have none. Does not check the limit ({@link #requireAllowed}).
     */
    public static Map<String, BigDecimal> bySku(List<LineRequest> lines) {
        Map<String, BigDecimal> percents = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "].discountPercent";
            BigDecimal percent = percent(field, lines.get(i).discountPercent());
            String sku = lines.get(i).sku().trim().toUpperCase(Locale.ROOT);
            Integer first = firstLine.putIfAbsent(sku, i);
            if (first != null && !Objects.equals(percents.get(sku), percent)) {
                throw ProblemException.unprocessable(field, sku + " is on lines[" + first + "] with "
                        + (percents.get(sku) == null ? "no discount" : "a discount of " + percents.get(sku).toPlainString() + " %")
                        + ": lines of one product are one line, with one discount.");
            }
            if (percent != null) {
                percents.put(sku, percent);
            }
        }
        return percents;
    }

    /** Refuses (403) a discount above the limit unless a manager gives it. */
    public void requireAllowed(List<LineRequest> lines, boolean byManager) {
        for (int i = 0; i < lines.size(); i++) {
            requireAllowed("lines[" + i + "].discountPercent", percent("lines[" + i + "].discountPercent", lines.get(i).discountPercent()),
                    byManager);
        }
    }

    /** One line's percent as a page sets it: checked as {@link #percent}, and above the limit only by a manager. */
    public BigDecimal allowed(String field, Object value, boolean byManager) {
        BigDecimal percent = percent(field, value);
        requireAllowed(field, percent, byManager);
        return percent;
    }

    /** Whether a discount of this percent is above the limit, so only a manager may give it. */
    public boolean aboveLimit(BigDecimal percent) {
        return percent != null && percent.compareTo(rules.discountLimit()) > 0;
    }

    public BigDecimal limit() {
        return rules.discountLimit();
    }

    private void requireAllowed(String field, BigDecimal percent, boolean byManager) {
        if (aboveLimit(percent) && !byManager) {
            throw new ProblemException(403, "Forbidden", "A discount of " + percent.stripTrailingZeros().toPlainString()
                    + " % is above the limit of " + rules.discountLimit().stripTrailingZeros().toPlainString()
                    + " %: a manager must give it.", field);
        }
    }

    /** A return refunds what was paid: its lines take no discount (400 naming the first that has one). */
    public static void noneOnReturn(List<LineRequest> lines) {
        if (lines == null) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null && lines.get(i).discountPercent() != null) {
                throw ProblemException.badRequest("lines[" + i + "].discountPercent",
                        "A return takes no discount: it refunds what was paid for the line.");
            }
        }
    }
}
