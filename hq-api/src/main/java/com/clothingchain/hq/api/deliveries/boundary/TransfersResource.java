package com.clothingchain.hq.api.deliveries.boundary;

import com.clothingchain.contract.TransferNote;
import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.api.support.FirstSendings;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.deliveries.control.Deliveries;
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

/** Where a branch sends the goods it transfers to another branch, through its outbox; HQ makes them a delivery to it. */
@Path("branches/{code}/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {

    @Inject
    BranchRegistry registry;

    @Inject
    Deliveries deliveries;

    @Context
    SecurityContext security;

    /** The delivery HQ made of the transfer (its number is what the receiving branch receives), and what the call did. */
    public record Recorded(long number, String to, String outcome) {
    }

    @PUT
    @Path("{reference}")
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "A transfer of goods to another branch (the sending branch's own code and its number of the transfer),"
            + " kept once: HQ makes it a delivery to the other branch, in transit until received there")
    @APIResponse(responseCode = "201", description = "Recorded; number is the delivery the receiving branch pulls")
    @APIResponse(responseCode = "200", description = "The same transfer again: nothing changed")
    @APIResponse(responseCode = "400", description = "A malformed field, each named (lines[0].quantity, to, sentAt, ...)")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    @APIResponse(responseCode = "409", description = "Another transfer under this reference (field reference)")
    @APIResponse(responseCode = "422", description = "No such, an inactive or the sending branch as to; a SKU not in HQ's catalogue"
            + " or twice (lines[i].sku)")
    public Response transfer(@PathParam("code") String code, @PathParam("reference") String reference, TransferNote note) {
        var from = BranchesResource.callingBranch(registry, security, code);
        Deliveries.Stored stored = FirstSendings.stored(() -> deliveries.transfer(from, reference, note));
        return Response.status(stored.outcome() == Deliveries.Outcome.RECEIVED ? 201 : 200)
                .entity(new Recorded(stored.delivery().getId(), stored.delivery().getBranch().getCode(), stored.outcome().name())).build();
    }
}
