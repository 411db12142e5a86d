package com.clothingchain.hq.api.merchandise.boundary;

import com.clothingchain.contract.VariantDayReport;
import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.merchandise.control.VariantFigureRules;
import com.clothingchain.hq.business.merchandise.control.VariantFiguresBook;
import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.merchandise.entity.VariantDay;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.time.LocalDate;

import static com.clothingchain.shared.problem.Fields.date;

/**
 * Where branches send each closed business date's figures per variant, after its daily report. Idempotent like the
 * daily report's PUT, so a branch may always resend.
 */
@Path("branches/{code}/variant-figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VariantFiguresResource {

    /** Tries of a first sending that met another at the date's unique key (or a deadlock): the next finds the winner's. */
    static final int ATTEMPTS = 5;

    @Inject
    BranchRegistry registry;

    @Inject
    VariantFiguresBook book;

    @Context
    SecurityContext security;

    @PUT
    @Path("{businessDate}")
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "A closed business date's figures per variant (the branch's own code only). Idempotent: the same revision"
            + " again changes nothing, a higher one replaces the date's rows.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "The same again (nothing changed), or a higher revision that replaced the rows")
    @APIResponse(responseCode = "400", description = "A malformed field, each named (variants[2].sku, revenue, ...)")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    @APIResponse(responseCode = "409", description = "A lower revision, or other figures in the same revision (field revision)")
    @APIResponse(responseCode = "503", description = "HQ's database is unavailable, or other sendings of the date kept it busy: send again later")
    @APIResponse(responseCode = "422", description = "A SKU twice, or variants not adding up to revenue and loss (field variants);"
            + " a date not begun yet or too far back (field businessDate)")
    public Response report(@PathParam("code") String code, @PathParam("businessDate") String businessDate, VariantDayReport report) {
        Branch branch = BranchesResource.callingBranch(registry, security, code);
        LocalDate date = date("businessDate", businessDate);
        VariantDay day = VariantFigureRules.of(report);
        VariantFiguresBook.Stored stored = null;
        for (int attempt = 1; stored == null; attempt++) {
            try {
                stored = book.record(branch, date, day);
            } catch (EJBException concurrentFirstSending) {
                if (attempt == ATTEMPTS) {
                    throw contended(concurrentFirstSending);
                }
            }
        }
        return Response.status(stored.outcome() == VariantFiguresBook.Outcome.CREATED ? 201 : 200)
                .entity(new Receipt(stored.branchCode(), stored.businessDate(), stored.revision(), stored.variants(),
                        stored.receivedAt(), stored.outcome().name(), stored.check())).build();
    }

    /**
     * A sending that lost to others at every try (a deadlock, a lock timeout, the unique key each time) is 503, so the
     * branch sends it again later; anything else is what it is (a database that is down is 503 by the problem mappers).
     */
    static RuntimeException contended(EJBException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLIntegrityConstraintViolationException) {
                return new ProblemException(503, "Service Unavailable",
                        "Other sendings of this date were being stored at the same time; send it again in a moment.", null);
            }
        }
        return failure;
    }

    /**
     * What HQ holds for the date after the call: its revision, how many variants, when HQ received it; what the call did
     * ({@code CREATED}, {@code UNCHANGED}, {@code REPLACED}) and how the figures compare with the date's daily report.
     */
    public record Receipt(String branchCode, LocalDate businessDate, int revision, int variants, Instant receivedAt,
                          String outcome, CheckStatus check) {
    }
}
