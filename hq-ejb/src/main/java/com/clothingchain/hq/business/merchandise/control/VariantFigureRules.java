package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.contract.VariantDayFigures;
import com.clothingchain.contract.VariantDayReport;
import com.clothingchain.hq.business.merchandise.entity.VariantDay;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks on a day's per-variant figures as a branch sends them. Malformed fields are refused with 400, all of them
 * at once, each naming its field ({@code revision}, {@code revenue}, {@code variants[3].sku}, ...): revision 1 or more;
 * revenue, loss, rounding and each variant's amounts required, with at most two decimals (loss and the variants' amounts
 * not negative); a SKU of 1 to {@value #SKU_LENGTH} characters without control characters; sold, returned and lost not
 * negative (onHand may be: a branch may sell more than it had on record); {@code variants} present (it may be empty on
 * a day without movements) and at most {@value #MAX_VARIANTS}. Figures that are well-formed but do not add up are
 * refused with 422 naming {@code variants}: a SKU listed twice, or Σ soldAmount − Σ returnedAmount + rounding ≠ revenue,
 * or Σ lossValue ≠ loss, to the cent.
 */
public final class VariantFigureRules {

    public static final int SKU_LENGTH = 64;
    public static final int MAX_VARIANTS = 10_000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private VariantFigureRules() {
    }

    public static VariantDay of(VariantDayReport report) {
        if (report == null) {
            throw ProblemException.badRequest("body", "body is required.");
        }
        List<ProblemException> refusals = new ArrayList<>();
        if (report.revision() < 1) {
            refusals.add(ProblemException.badRequest("revision", "revision must be 1 or more."));
        }
        BigDecimal revenue = amount(refusals, "revenue", report.revenue(), true);
        BigDecimal loss = amount(refusals, "loss", report.loss(), false);
        BigDecimal rounding = amount(refusals, "rounding", report.rounding(), true);
        List<VariantDayFigures> variants = new ArrayList<>();
        if (report.variants() == null) {
            refusals.add(ProblemException.badRequest("variants", "variants is required (an empty list on a day without movements)."));
        } else if (report.variants().size() > MAX_VARIANTS) {
            refusals.add(ProblemException.badRequest("variants", "A day lists at most " + MAX_VARIANTS + " variants."));
        } else {
            for (int i = 0; i < report.variants().size(); i++) {
                VariantDayFigures checked = variant(refusals, "variants[" + i + "]", report.variants().get(i));
                if (checked != null) {
                    variants.add(checked);
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw ProblemException.all(refusals);
        }
        addsUp(variants, revenue, loss, rounding);
        variants.sort(Comparator.comparing(VariantDayFigures::sku));
        return new VariantDay(report.revision(), revenue, loss, rounding, variants);
    }

    /** A SKU as the branch sends it and HQ stores it (trimmed); 400 naming {@code field} otherwise. */
    public static String sku(String field, String value) {
        List<ProblemException> refusals = new ArrayList<>();
        String sku = sku(refusals, field, value);
        if (!refusals.isEmpty()) {
            throw refusals.get(0);
        }
        return sku;
    }

    private static String sku(List<ProblemException> refusals, String field, String value) {
        if (value == null || value.isBlank()) {
            refusals.add(ProblemException.badRequest(field, field + " is required."));
            return null;
        }
        String sku = value.trim();
        if (sku.length() > SKU_LENGTH || CONTROL.matcher(sku).find()) {
            refusals.add(ProblemException.badRequest(field, field + " must be 1 to " + SKU_LENGTH
                    + " characters without control characters."));
            return null;
        }
        return sku;
    }

    private static VariantDayFigures variant(List<ProblemException> refusals, String field, VariantDayFigures v) {
        if (v == null) {
            refusals.add(ProblemException.badRequest(field, field + " is required."));
            return null;
        }
        int before = refusals.size();
        String sku = sku(refusals, field + ".sku", v.sku());
        count(refusals, field + ".sold", v.sold());
        count(refusals, field + ".returned", v.returned());
        count(refusals, field + ".lost", v.lost());
        BigDecimal soldAmount = amount(refusals, field + ".soldAmount", v.soldAmount(), false);
        BigDecimal returnedAmount = amount(refusals, field + ".returnedAmount", v.returnedAmount(), false);
        BigDecimal lossValue = amount(refusals, field + ".lossValue", v.lossValue(), false);
        if (refusals.size() > before) {
            return null;
        }
        return new VariantDayFigures(sku, v.sold(), soldAmount, v.returned(), returnedAmount, v.lost(), lossValue, v.onHand());
    }

    private static void count(List<ProblemException> refusals, String field, int value) {
        if (value < 0) {
            refusals.add(ProblemException.badRequest(field, field + " must not be negative."));
        }
    }

    private static BigDecimal amount(List<ProblemException> refusals, String field, BigDecimal value, boolean mayBeNegative) {
        if (value == null) {
            refusals.add(ProblemException.badRequest(field, field + " is required."));
            return null;
        }
        if (!Money.hasAtMostTwoDecimals(value)) {
            refusals.add(ProblemException.badRequest(field, field + " must have at most two decimals."));
            return null;
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            refusals.add(ProblemException.badRequest(field, field + " is too large."));
            return null;
        }
        if (!mayBeNegative && value.signum() < 0) {
            refusals.add(ProblemException.badRequest(field, field + " must not be negative."));
            return null;
        }
        return Money.of(value);
    }

    /** 422 naming {@code variants} unless every SKU is listed once and the variants add up to the day's revenue and loss. */
    private static void addsUp(List<VariantDayFigures> variants, BigDecimal revenue, BigDecimal loss, BigDecimal rounding) {
        Set<String> skus = new HashSet<>();
        BigDecimal sold = Money.ZERO;
        BigDecimal returned = Money.ZERO;
        BigDecimal lost = Money.ZERO;
        for (VariantDayFigures v : variants) {
            if (!skus.add(v.sku())) {
                throw ProblemException.unprocessable("variants", "SKU " + v.sku() + " is listed more than once.");
            }
            sold = sold.add(v.soldAmount());
            returned = returned.add(v.returnedAmount());
            lost = lost.add(v.lossValue());
        }
        BigDecimal net = sold.subtract(returned).add(rounding);
        if (net.compareTo(revenue) != 0) {
            throw ProblemException.unprocessable("variants", "The variants do not add up to the revenue: sold " + sold.toPlainString()
                    + " − returned " + returned.toPlainString() + " + rounding " + rounding.toPlainString() + " = "
                    + net.toPlainString() + ", revenue is " + revenue.toPlainString() + ".");
        }
        if (lost.compareTo(loss) != 0) {
            throw ProblemException.unprocessable("variants", "The variants' loss values add up to " + lost.toPlainString()
                    + ", loss is " + loss.toPlainString() + ".");
        }
    }
}
