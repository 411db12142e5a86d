package com.clothingchain.hq.api.deliveries.boundary;

import com.clothingchain.contract.TransferRequestAnswer;
import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.deliveries.control.Deliveries;
import com.clothingchain.hq.business.deliveries.control.TransferRequests;
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

import static com.clothingchain.shared.problem.Fields.integer;

/** Where the asked branch sends its decline of a request for goods, through its outbox. */
@Path("branches/{code}/transfer-request-answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferRequestAnswersResource {

    @Inject
    BranchRegistry registry;

    @Inject
    TransferRequests requests;

    @Context
    SecurityContext security;

    /** What the decline did: {@code RECEIVED}, or {@code UNCHANGED} for the same again. */
    public record Answered(long number, String outcome) {
    }

    @PUT
    @Path("{number}")
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "The asked branch declines a request made of it (HQ's number of the request), with a reason; kept once")
    @APIResponse(responseCode = "201", description = "Declined")
    @APIResponse(responseCode = "200", description = "The same decline again: nothing changed")
    @APIResponse(responseCode = "400", description = "A malformed field, each named (reason, answeredAt, answeredBy)")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    @APIResponse(responseCode = "404", description = "No such request made of this branch (field number)")
    @APIResponse(responseCode = "409", description = "Fulfilled, or declined with another reason (field number)")
    public Response decline(@PathParam("code") String code, @PathParam("number") String number, TransferRequestAnswer answer) {
        var branch = BranchesResource.callingBranch(registry, security, code);
        int valid = integer("number", number, 1, Integer.MAX_VALUE);
        var outcome = requests.decline(branch, valid, answer);
        return Response.status(outcome == Deliveries.Outcome.RECEIVED ? 201 : 200).entity(new Answered(valid, outcome.name())).build();
    }
}
