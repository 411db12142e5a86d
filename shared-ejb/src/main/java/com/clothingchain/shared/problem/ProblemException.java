package com.clothingchain.shared.problem;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A refusal the client can act on; answered as application/problem+json with its status. Rolls back the
 * transaction. It may carry the refusals of several fields of one request ({@link FieldChecks}), so a form shows
 * all its errors at once.
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient List<Problem> all;

    public ProblemException(int status, String title, String detail, String field) {
        super(detail);
        this.problem = new Problem(status, title, detail, field);
        this.all = List.of(problem);
    }

    private ProblemException(List<Problem> problems) {
        super(problems.get(0).detail());
        this.problem = problems.get(0).withErrors(problems);
        this.all = problems;
    }

    /** One refusal for several: the first one's status and field, and every field's detail. */
    public static ProblemException all(List<ProblemException> refusals) {
        return refusals.size() == 1 ? refusals.get(0)
                : new ProblemException(refusals.stream().flatMap(r -> r.problems().stream()).toList());
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(400, "Bad Request", detail, field);
    }

    public static ProblemException notFound(String field, String detail) {
        return new ProblemException(404, "Not Found", detail, field);
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "Conflict", detail, field);
    }

    public static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(422, "Unprocessable Content", detail, field);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null);
    }

    public Problem problem() {
        return problem;
    }

    /** Every field's refusal, the main one first. */
    public List<Problem> problems() {
        return all;
    }
}
