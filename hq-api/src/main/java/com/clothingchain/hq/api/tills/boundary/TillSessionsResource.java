package com.clothingchain.hq.api.tills.boundary;

import com.clothingchain.contract.TillSessionReport;
import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.api.support.FirstSendings;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.tills.control.TillSessions;
import jakarta.annotation.security.RolesAllowed;
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

import java.time.Instant;

import static com.clothingchain.shared.problem.Fields.idInPath;

/** Where a branch sends each closed till session with its Z report, through its outbox ({@code send_till_session}). */
@Path("branches/{code}/till-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TillSessionsResource {

    @Inject
    BranchRegistry registry;

    @Inject
    TillSessions sessions;

    @Context
    SecurityContext security;

    /** What HQ holds under the Z number, and what the call did. */
    public record Recorded(int zNumber, String outcome, Instant receivedAt) {
    }

    @PUT
    @Path("{zNumber}")
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "A closed till session with its Z report (the branch's own code and the session's Z number), kept once")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "The same session again: nothing changed")
    @APIResponse(responseCode = "400", description = "A body that is not JSON of this shape")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    @APIResponse(responseCode = "404", description = "A Z number that is not a whole number from 1")
    @APIResponse(responseCode = "409", description = "Other content under this Z number (field zNumber)")
    @APIResponse(responseCode = "422", description = "A field missing or wrong, each named (till, tenders[0].variance, businessDate"
            + " after the branch's today, ...)")
    public Response record(@PathParam("code") String code, @PathParam("zNumber") String zNumber, TillSessionReport report) {
        var branch = BranchesResource.callingBranch(registry, security, code);
        int number = idInPath("zNumber", zNumber, "A Z number is a whole number from 1.");
        TillSessions.Stored stored = FirstSendings.stored(() -> sessions.record(branch, number, report));
        return Response.status(stored.outcome() == TillSessions.Outcome.CREATED ? 201 : 200)
                .entity(new Recorded(number, stored.outcome().name(), stored.session().getReceivedAt())).build();
    }
}
