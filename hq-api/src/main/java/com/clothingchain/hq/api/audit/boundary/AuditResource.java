package com.clothingchain.hq.api.audit.boundary;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditEvent;
import com.clothingchain.shared.audit.entity.AuditFilter;
import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** HQ's audit log for administrators' tools: newest first, paged, total in {@code X-Total-Count}. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record Entry(long id, Instant occurredAt, String actor, String address, String event, String subject, String detail) {
        static Entry of(AuditEvent e) {
            return new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getAddress(), e.getEvent(), e.getSubject(), e.getDetail());
        }
    }

    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed(HqAccounts.ADMIN)
    @Operation(summary = "Audit entries from..to (ISO instants, either open), of one actor and one event kind if given,"
            + " newest first; offset and limit (at most 1000) page them.")
    public Response search(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
                           @QueryParam("event") String event, @QueryParam("offset") @DefaultValue("0") String offset,
                           @QueryParam("limit") @DefaultValue("100") String limit) {
        var filter = new AuditFilter(instant("from", from), instant("to", to), actor, AuditFilter.event(event));
        int first = Fields.integer("offset", offset, 0, Integer.MAX_VALUE);
        int count = Fields.integer("limit", limit, 1, 1000);
        List<Entry> entries = audit.search(filter, first, count).stream().map(Entry::of).toList();
        return Response.ok(entries).header("X-Total-Count", audit.count(filter)).build();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, field + " must be an instant such as 2026-11-30T08:00:00Z.");
        }
    }
}
