package com.clothingchain.shared.audit.entity;

import com.clothingchain.shared.problem.ProblemException;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which audit entries to show: a time range (either end open), an actor (exact user name), an event kind.
 * Refuses a range whose end is before its start, naming the field.
 */
public record AuditFilter(Instant from, Instant to, String actor, AuditType event) implements Serializable {

    public AuditFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.unprocessable("to", "to must not be before from.");
        }
        actor = actor == null || actor.isBlank() ? null : actor.trim();
        if (actor != null && actor.length() > 64) {
            throw ProblemException.badRequest("actor", "actor must be at most 64 characters.");
        }
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }

    public static AuditType event(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return AuditType.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("event", "event must be one of " + java.util.Arrays.toString(AuditType.values()) + ".");
        }
    }
}
