package com.clothingchain.hq.api.support;

import com.clothingchain.shared.problem.ProblemException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Currency;

/** Checks on request fields, each refusing with a problem that names the field. */
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

    public static ZoneId zone(String field, String value) {
        try {
            return ZoneId.of(required(field, value));
        } catch (DateTimeException e) {
            throw ProblemException.badRequest(field, field + " must be a time zone id such as Europe/Berlin.");
        }
    }

    public static String currency(String field, String value) {
        if (value == null) {
            return "USD";
        }
        try {
            return Currency.getInstance(value).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, field + " must be an ISO 4217 code such as USD.");
        }
    }

    public static String url(String field, String value) {
        String url = text(field, value, 512);
        if (!url.matches("https?://\\S+")) {
            throw ProblemException.badRequest(field, field + " must be an http:// or https:// address.");
        }
        return url;
    }

    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, field + " must be a date as YYYY-MM-DD.");
        }
    }
}
