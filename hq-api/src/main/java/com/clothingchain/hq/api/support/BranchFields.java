package com.clothingchain.hq.api.support;

import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;

import java.time.DateTimeException;
import java.time.ZoneId;

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

    /** The currency of a new branch: USD if none is given. */
    public static String currency(String field, String value) {
        return value == null ? "USD" : Fields.currency(field, value);
    }

    public static String url(String field, String value) {
        String url = text(field, value, 512);
        if (!url.matches("https?://\\S+")) {
            throw ProblemException.badRequest(field, field + " must be an http:// or https:// address.");
        }
        return url;
    }
}
