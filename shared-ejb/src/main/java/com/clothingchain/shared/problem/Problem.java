package com.clothingchain.shared.problem;

import com.clothingchain.shared.web.SiteRequestFilter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 9457 problem detail: {@code type}, {@code title}, {@code status}, {@code detail}, and where the
 * problem is one field of the request, {@code field} (an extension member naming it). When several fields are
 * refused at once, {@code errors} lists each as {@code {"field", "detail"}}; the others name the first.
 */
public record Problem(int status, String title, String detail, String field, List<Problem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(int status, String title, String detail, String field) {
        this(status, title, detail, field, List.of());
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, null);
    }

    /** A request body over the sites' limit. */
    public static Problem tooLarge() {
        return of(413, "Content Too Large", "The request body may be at most " + SiteRequestFilter.BODY_LIMIT / 1024
                + " KB (an import file " + SiteRequestFilter.UPLOAD_LIMIT / (1024 * 1024) + " MB).");
    }

    Problem withErrors(List<Problem> all) {
        return new Problem(status, title, detail, field, List.copyOf(all));
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (field != null) {
            json.add("field", field);
        }
        if (errors.size() > 1) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(e.field() == null ? Json.createObjectBuilder().add("detail", e.detail())
                    : Json.createObjectBuilder().add("field", e.field()).add("detail", e.detail())));
            json.add("errors", list);
        }
        return json.build().toString();
    }

    public Response toResponse() {
        return Response.status(status, title).type(MEDIA_TYPE).entity(toJson()).build();
    }

    /** Writes this problem as the whole answer of a servlet (outside JAX-RS: filters, error pages). */
    public void write(HttpServletResponse response) throws IOException {
        byte[] body = toJson().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Content-Type", MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
