package com.clothingchain.shared.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every field of a request before refusing it, so the refusal names all that is wrong at once (a form shows
 * each message beside its field) instead of the first only.
 */
public final class FieldChecks {

    private final List<ProblemException> refusals = new ArrayList<>();

    /** The checked value, or null when the check refused it (the refusal is kept). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException refused) {
            refusals.add(refused);
            return null;
        }
    }

    /** A refusal found otherwise (a name that is taken, say). */
    public void add(ProblemException refusal) {
        refusals.add(refusal);
    }

    /** Refuses with every refusal kept so far, if there is one. */
    public void done() {
        if (!refusals.isEmpty()) {
            throw ProblemException.all(refusals);
        }
    }
}
