package com.clothingchain.hq.api.support;

import com.clothingchain.shared.problem.ProblemException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;

import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/** Checks on the fields of a branch's registry entry (the common checks are in the shared {@code Fields}). */
public final class BranchFields {

    private BranchFields() {
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
}
