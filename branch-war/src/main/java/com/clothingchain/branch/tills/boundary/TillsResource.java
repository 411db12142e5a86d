package com.clothingchain.branch.tills.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.tills.control.Tills;
import com.clothingchain.branch.tills.entity.TillCount;
import com.clothingchain.branch.tills.entity.TillMovement;
import com.clothingchain.branch.tills.entity.TillReport;
import com.clothingchain.branch.tills.entity.TillSession;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;
import static com.clothingchain.shared.problem.Fields.wholeNumber;

/**
 * Tills for terminals: open one with its float, move cash in or out (manager), the X report (manager), the blind
 * count and the Z report, and a manager's approval of a variance. The expected amounts are never shown to a clerk
 * before the count.
 */
@Path("tills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TillsResource {

    public record OpenInput(String till, BigDecimal openingFloat) {
    }

    /** {@code kind}: PAID_IN or PAID_OUT. */
    public record MovementInput(String kind, BigDecimal amount, String reason) {
    }

    /** {@code counted}: tender → amount counted; {@code denominations}: cash as note or coin value → how many. */
    public record CountInput(Map<String, BigDecimal> counted, Map<String, BigDecimal> denominations) {
    }

    public record ApprovalInput(String reason) {
    }

    @JsonbNillable
    public record SessionView(long id, String till, LocalDate businessDate, String status, BigDecimal openingFloat, String openedBy,
                              Instant openedAt, String countedBy, Instant countedAt, Integer zNumber) {
        static SessionView of(TillSession s) {
            return new SessionView(s.getId(), s.getTillCode(), s.getBusinessDate(), s.getStatus().name(), s.getOpeningFloat(),
                    s.getOpenedBy(), s.getOpenedAt(), s.getCountedBy(), s.getCountedAt(), s.getZNumber());
        }
    }

    public record MovementView(long id, String kind, BigDecimal amount, String reason, String by, Instant at) {
        static MovementView of(TillMovement m) {
            return new MovementView(m.getId(), m.getKind().name(), m.getAmount(), m.getReason(), m.getByUser(), m.getMovedAt());
        }
    }

    /** An X report (open session, for a manager) or a Z report (counted): {@code counted} and {@code variance} once counted. */
    @JsonbNillable
    public record ReportView(SessionView session, BigDecimal cashTaken, BigDecimal cashRefunded, BigDecimal paidIn, BigDecimal paidOut,
                             Map<String, BigDecimal> expected, Map<String, BigDecimal> counted, Map<String, BigDecimal> variance,
                             BigDecimal cashVariance, String approvedBy, String approvalReason, List<MovementView> movements) {
        static ReportView of(TillReport r) {
            TillSession s = r.session();
            Map<String, BigDecimal> counted = r.counts().isEmpty() ? null : new TreeMap<>();
            Map<String, BigDecimal> variance = r.counts().isEmpty() ? null : new TreeMap<>();
            Map<String, BigDecimal> expected = r.counts().isEmpty() ? r.expected() : new TreeMap<>();
            for (TillCount c : r.counts()) {
                counted.put(c.getTender(), c.getCounted());
                variance.put(c.getTender(), c.getVariance());
                expected.put(c.getTender(), c.getExpected());
            }
            return new ReportView(SessionView.of(s), r.cashTaken(), r.cashRefunded(), r.paidIn(), r.paidOut(), expected, counted,
                    variance, s.getCashVariance(), s.getApprovedBy(), s.getApprovalReason(),
                    r.movements().stream().map(MovementView::of).toList());
        }
    }

    @Inject
    Tills tills;

    @Context
    SecurityContext security;

    /** The sessions of the last week and every one not yet closed, newest first: statuses only, no figures. */
    @GET
    @RolesAllowed(BranchAccounts.CLERK)
    public List<SessionView> list() {
        return tills.recent(7).stream().map(SessionView::of).toList();
    }

    @POST
    @RolesAllowed(BranchAccounts.CLERK)
    public Response open(OpenInput input) {
        required("body", input);
        TillSession session = tills.open(input.till(), input.openingFloat(), user());
        return Response.status(Response.Status.CREATED).entity(SessionView.of(session)).build();
    }

    @POST
    @Path("{till}/movements")
    @RolesAllowed(BranchAccounts.MANAGER)
    public Response move(@PathParam("till") String till, MovementInput input) {
        required("body", input);
        TillMovement movement = tills.move(till, kind(input.kind()), input.amount(), input.reason(), user());
        return Response.status(Response.Status.CREATED).entity(MovementView.of(movement)).build();
    }

    /** The X report: what the till's session should hold now. A manager's, never shown before a blind count. */
    @GET
    @Path("{till}/x-report")
    @RolesAllowed(BranchAccounts.MANAGER)
    public ReportView xReport(@PathParam("till") String till) {
        return ReportView.of(tills.xReport(till));
    }

    /** The blind count; the answer is the Z report, or the count waiting for a manager's approval. */
    @POST
    @Path("{till}/count")
    @RolesAllowed(BranchAccounts.CLERK)
    public ReportView count(@PathParam("till") String till, CountInput input) {
        required("body", input);
        return ReportView.of(tills.count(till, input.counted(), denominations(input.denominations()), user()));
    }

    /** A session's report: the Z report once counted; before that, its expected figures only for a manager. */
    @GET
    @Path("sessions/{id}")
    @RolesAllowed(BranchAccounts.CLERK)
    public ReportView session(@PathParam("id") long id) {
        TillSession session = tills.find(id);
        if (!session.isCounted() && !security.isUserInRole(BranchAccounts.MANAGER)) {
            throw ProblemException.forbidden("A till's expected figures are shown after its blind count, or to a manager.");
        }
        return ReportView.of(tills.report(session));
    }

    @POST
    @Path("sessions/{id}/approval")
    @RolesAllowed(BranchAccounts.MANAGER)
    public ReportView approve(@PathParam("id") long id, ApprovalInput input) {
        required("body", input);
        return ReportView.of(tills.approve(id, input.reason(), user()));
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }

    private static TillMovement.Kind kind(String kind) {
        try {
            return TillMovement.Kind.valueOf(text("kind", kind, 8).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind", "kind must be PAID_IN or PAID_OUT.");
        }
    }

    private static Map<BigDecimal, Integer> denominations(Map<String, BigDecimal> given) {
        if (given == null) {
            return null;
        }
        Map<BigDecimal, Integer> denominations = new LinkedHashMap<>();
        given.forEach((value, pieces) -> {
            try {
                // JSON-B reads a key "null" as null
                denominations.merge(new BigDecimal(value == null ? "" : value.trim()),
                        wholeNumber("denominations." + value, required("denominations." + value, pieces)), Integer::sum);
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("denominations." + value, "A denomination is a note's or coin's value, such as 20.00.");
            }
        });
        return denominations;
    }
}
