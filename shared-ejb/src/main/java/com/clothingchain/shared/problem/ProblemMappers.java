package com.clothingchain.shared.problem;

import com.clothingchain.shared.web.PayloadTooLargeException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of a JSON API as application/problem+json, never a stack trace. Register
 * {@link #PROVIDERS} in each JAX-RS application.
 */
public final class ProblemMappers {

    public static final Set<Class<?>> PROVIDERS = Set.of(
            ProblemExceptionMapper.class, WebApplicationExceptionMapper.class, UnreadableBodyMapper.class,
            JsonBindingMapper.class, ConstraintViolationMapper.class, EjbExceptionMapper.class,
            UnexpectedExceptionMapper.class, RolesAllowedFilter.class);

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response map(Throwable e) {
        if (e instanceof ProblemException p) {
            return p.problem().toResponse();
        }
        if (causedBy(e, PayloadTooLargeException.class)) {
            return Problem.tooLarge().toResponse();
        }
        if (Unavailable.isCause(e)) {
            LOG.log(Level.WARNING, "Answered 503: the site's database is unavailable", e);
            return Response.fromResponse(Problem.of(503, "Service Unavailable",
                    "The service can not store or read anything right now; try again later.").toResponse())
                    .header("Retry-After", "30").build();
        }
        if (causedBy(e, PessimisticLockException.class) || causedBy(e, LockTimeoutException.class)) {
            LOG.log(Level.INFO, "Answered 503: waited too long for another change to finish", e);
            return Response.fromResponse(Problem.of(503, "Service Unavailable",
                    "Another change (an import, say) is being made right now; try again in a moment.").toResponse())
                    .header("Retry-After", "5").build();
        }
        if (e instanceof ConstraintViolationException c) {
            return violations(c.getConstraintViolations());
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            String reason = w.getResponse().getStatusInfo().getReasonPhrase();
            String detail = switch (status) {
                case 400 -> "The request body is not valid JSON of the expected shape.";
                case 401 -> "The credentials are missing or not valid.";
                case 403 -> "Your role may not do this.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not take " + (w.getResponse().getAllowedMethods().isEmpty() ? "this method"
                        : "this method; it takes " + String.join(", ", w.getResponse().getAllowedMethods())) + ".";
                case 406 -> "This address answers application/json (or what its documentation says), not the types asked for.";
                case 415 -> "Send the request body as application/json.";
                default -> status >= 500 ? "Something went wrong on our side; it has been logged." : reason;
            };
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Answered " + status, e);
            }
            return Problem.of(status, reason, detail).toResponse();
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return Problem.of(400, "Bad Request", "The request body is not valid JSON of the expected shape.").toResponse();
        }
        if (e instanceof EJBException && e.getCause() != null && e.getCause() != e) {
            return map(e.getCause());
        }
        LOG.log(Level.SEVERE, "Unexpected error answered with 500", e);
        return Problem.of(500, "Internal Server Error", "Something went wrong on our side; it has been logged.").toResponse();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Response violations(Set<ConstraintViolation<?>> violations) {
        ConstraintViolation<?> first = violations.iterator().next();
        String path = first.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return new Problem(400, "Bad Request", field + ": " + first.getMessage(), field).toResponse();
    }

    @Provider
    public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return map(e);
        }
    }

    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return map(e);
        }
    }

    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return map(e);
        }
    }

    @Provider
    public static class JsonBindingMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return map(e);
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return map(e);
        }
    }

    @Provider
    public static class EjbExceptionMapper implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            return map(e);
        }
    }

    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            return map(e);
        }
    }
}
