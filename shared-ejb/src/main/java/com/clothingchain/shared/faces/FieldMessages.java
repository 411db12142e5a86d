package com.clothingchain.shared.faces;

import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Shows a refusal of a control beside the component of the field it names ({@code problem().field()}), or at
 * the top of the page when no component on the page stands for that field. A detail that starts with the
 * API's field name ("lines[0].quantity must be ...") starts with words a person knows instead ("Quantity must be ...").
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(ProblemException refusal, Map<String, String> clientIdsByField) {
        show(refusal, clientIdsByField::get);
    }

    /**
     * Every field's refusal beside its component: {@code clientIdOfField} gives the client id for a field, or null
     * for a message at the top of the page.
     */
    public static void show(ProblemException refusal, Function<String, String> clientIdOfField) {
        for (Problem problem : refusal.problems()) {
            String field = problem.field();
            String clientId = field == null ? null : clientIdOfField.apply(field);
            error(clientId, readable(field, problem.detail()));
        }
    }

    public static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static String readable(String field, String detail) {
        if (field == null || detail == null || !detail.startsWith(field + " ")) {
            return detail;
        }
        return label(field) + detail.substring(field.length());
    }

    /** "lines[0].quantity" → "Quantity", "receiptNumber" → "Receipt number", "sku" → "SKU". */
    static String label(String field) {
        String member = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        if (member.equalsIgnoreCase("sku")) {
            return "SKU";
        }
        String words = member.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
