package com.clothingchain.hq.business.tills.control;

import com.clothingchain.contract.Tender;
import com.clothingchain.contract.TillSettings;
import com.clothingchain.shared.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.required;

/**
 * The rules of tills, tenders and tax as pure checks, each refusing with a 400 problem naming its field: codes are
 * written in upper case (trimmed and upper-cased when typed by people); a jurisdiction is 1-32 of A-Z, 0-9 and - like
 * the catalogue's codes; a tax category or tender code 1-16 of A-Z, 0-9, _ and -; a rate is a percent from 0 to 100
 * with at most three decimals (sales taxes such as 8.875 % have three); a tax mode INCLUSIVE or EXCLUSIVE; cash rounding 0.01 (none), 0.05 or 0.10; a tender's
 * kind CASH, CARD, VOUCHER or OTHER.
 */
public final class TillRules {

    public static final Pattern JURISDICTION = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
    /** Tender codes and tax categories (GIFT_CARD, STANDARD). */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,15}");
    public static final List<String> TAX_MODES = List.of(TillSettings.INCLUSIVE, TillSettings.EXCLUSIVE);
    public static final List<BigDecimal> CASH_ROUNDINGS = List.of(new BigDecimal("0.01"), new BigDecimal("0.05"),
            new BigDecimal("0.10"));
    public static final List<String> KINDS = List.of("CASH", "CARD", "VOUCHER", "OTHER");
    /** Tenders every till takes: never deactivated. */
    public static final Set<String> FIXED_TENDERS = Set.of(Tender.CASH, Tender.CARD);
    public static final String STANDARD = "STANDARD";
    public static final int RATE_SCALE = 3;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private TillRules() {
    }

    public static String jurisdiction(String field, String value) {
        return code(field, value, JURISDICTION, "1 to 32 of A-Z, 0-9 and -, such as DEMO-VAT");
    }

    public static String taxCategory(String field, String value) {
        return code(field, value, CODE, "1 to 16 of A-Z, 0-9, _ and -, such as STANDARD or REDUCED");
    }

    public static String tenderCode(String field, String value) {
        return code(field, value, CODE, "1 to 16 of A-Z, 0-9, _ and -, such as GIFT_CARD");
    }

    /** A tender code as a branch sent it: well-formed as it is (not upper-cased), known to HQ or not. */
    public static boolean wellFormedTender(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** A percent from 0 to 100 with at most three decimals, as {@link #percent} writes it. */
    public static BigDecimal rate(String field, BigDecimal value) {
        required(field, value);
        if (value.stripTrailingZeros().scale() > RATE_SCALE || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw ProblemException.badRequest(field, field + " must be a percent from 0 to 100 with at most three decimals,"
                    + " such as 20.00 or 8.875.");
        }
        return percent(value);
    }

    /** A percent with two decimals, or three where the third is not 0: 20.00, 8.875. */
    public static BigDecimal percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.setScale(Math.max(2, Math.min(RATE_SCALE, stripped.scale())), RoundingMode.UNNECESSARY);
    }

    public static String taxMode(String field, String value) {
        String mode = required(field, value).trim().toUpperCase(Locale.ROOT);
        if (!TAX_MODES.contains(mode)) {
            throw ProblemException.badRequest(field, field + " must be INCLUSIVE (prices include tax) or EXCLUSIVE (tax is added at the till).");
        }
        return mode;
    }

    public static BigDecimal cashRounding(String field, BigDecimal value) {
        required(field, value);
        return CASH_ROUNDINGS.stream().filter(step -> step.compareTo(value) == 0).findFirst().orElseThrow(
                () -> ProblemException.badRequest(field, field + " must be 0.01 (no rounding), 0.05 or 0.10."));
    }

    public static String kind(String field, String value) {
        String kind = required(field, value).trim().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw ProblemException.badRequest(field, field + " must be CASH, CARD, VOUCHER or OTHER.");
        }
        return kind;
    }

    private static String code(String field, String value, Pattern pattern, String expected) {
        String code = required(field, value).trim().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(code).matches()) {
            throw ProblemException.badRequest(field, field + " must be " + expected + ".");
        }
        return code;
    }
}
