package com.clothingchain.shared.problem;

import com.clothingchain.shared.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.regex.Pattern;

/** Checks on request fields, each refusing with a 400 problem that names the field in words a person understands. */
public final class Fields {

    private Fields() {
    }

    public static <T> T required(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw ProblemException.badRequest(field, field + " is required.");
        }
        return value;
    }

    public static String text(String field, String value, int maxLength) {
        String trimmed = required(field, value).trim();
        if (trimmed.length() > maxLength) {
            throw ProblemException.badRequest(field, field + " must be at most " + maxLength + " characters.");
        }
        return trimmed;
    }

    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    public static String matching(String field, String value, Pattern pattern, String expected) {
        String trimmed = required(field, value).trim();
        if (!pattern.matcher(trimmed).matches()) {
            throw ProblemException.badRequest(field, field + " must be " + expected + ".");
        }
        return trimmed;
    }

    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(required(field, value));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, field + " must be a date as YYYY-MM-DD.");
        }
    }

    public static int between(String field, Integer value, int min, int max) {
        int given = required(field, value);
        if (given < min || given > max) {
            throw ProblemException.badRequest(field, field + " must be from " + min + " to " + max + ".");
        }
        return given;
    }

    /** An ISO 4217 currency code as written (USD, not usd). */
    public static String currency(String field, String value) {
        try {
            return Currency.getInstance(required(field, value).trim()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, field + " must be an ISO 4217 currency code such as USD.");
        }
    }

    /** A whole number from a query parameter, from {@code min} to {@code max}. */
    public static int integer(String field, String value, int min, int max) {
        try {
            return between(field, Integer.valueOf(required(field, value).trim()), min, max);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, field + " must be a whole number from " + min + " to " + max + ".");
        }
    }

    /** The number of a thing in a request's path: one that is not a number names nothing, so it is a 404 like an unknown one. */
    public static int idInPath(String field, String value, String noSuch) {
        try {
            return integer(field, value, 1, Integer.MAX_VALUE);
        } catch (ProblemException malformed) {
            throw ProblemException.notFound(field, noSuch);
        }
    }

    /** A count sent as a JSON number: refused unless it is a whole number (JSON-B would silently cut 1.5 to 1). */
    public static Integer wholeNumber(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw ProblemException.badRequest(field, field + " must be a whole number.");
        }
    }

    /** A price or amount: more than zero, at most {@code max}, at most two decimals (never rounded). */
    public static BigDecimal positiveMoney(String field, BigDecimal value, BigDecimal max) {
        required(field, value);
        if (!Money.hasAtMostTwoDecimals(value)) {
            throw ProblemException.badRequest(field, field + " must have at most two decimals.");
        }
        if (value.signum() <= 0 || value.compareTo(max) > 0) {
            throw ProblemException.badRequest(field, field + " must be more than 0 and at most " + max.toPlainString() + ".");
        }
        return Money.of(value);
    }
}
