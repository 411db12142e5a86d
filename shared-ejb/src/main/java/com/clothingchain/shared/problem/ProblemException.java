package com.clothingchain.shared.problem;

import jakarta.ejb.ApplicationException;

/** A refusal the client can act on; answered as application/problem+json with its status. Rolls back the transaction. */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String title, String detail, String field) {
        super(detail);
        this.problem = new Problem(status, title, detail, field);
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
}
