package com.clothingchain.hq.api.deliveries.boundary;

import com.clothingchain.contract.TransferRequestNote;
import com.clothingchain.contract.TransferRequestState;
import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.api.support.FirstSendings;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.deliveries.control.Deliveries;
import com.clothingchain.hq.business.deliveries.control.TransferRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

import static com.clothingchain.shared.problem.Fields.integer;

/**
 * A branch's side of requests for goods: the requesting branch sends its request through its outbox and reads how it
 * stands; the asked branch pulls the requests made of it.
 */
@Path("branches/{code}/transfer-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BranchTransferRequestsResource {

    @Inject
    BranchRegistry registry;

    @Inject
    TransferRequests requests;

    @Context
    SecurityContext security;

    @PUT
    @Path("{reference}")
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "A request for goods from another branch (the requesting branch's own code and its number of the request),"
            + " kept once; the asked branch pulls it")
    @APIResponse(responseCode = "201", description = "Recorded; number is HQ's number of the request")
    @APIResponse(responseCode = "200", description = "The same request again: nothing changed")
    @APIResponse(responseCode = "400", description = "A malformed field, each named (lines[0].quantity, to, requestedAt, ...)")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    @APIResponse(responseCode = "409", description = "Another request under this reference (field reference)")
    @APIResponse(responseCode = "422", description = "No such, an inactive or the requesting branch as to; a SKU not in HQ's"
            + " catalogue or twice (lines[i].sku); from or reference in the body other than in the address")
    public Response request(@PathParam("code") String code, @PathParam("reference") String reference, TransferRequestNote note) {
        var from = BranchesResource.callingBranch(registry, security, code);
        TransferRequests.Stored stored = FirstSendings.stored(() -> requests.request(from, reference, note));
        return Response.status(stored.outcome() == Deliveries.Outcome.RECEIVED ? 201 : 200)
                .entity(requests.own(from, stored.request().getReference())).build();
    }

    @GET
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "The requests made of the branch numbered after 'after' (0 if absent), oldest first, at most "
            + Deliveries.MAX_PULL + " (the branch's own code only)")
    @APIResponse(responseCode = "200", description = "The requests, each with its status")
    @APIResponse(responseCode = "400", description = "after malformed (field after)")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    public List<TransferRequestState> pull(@PathParam("code") String code, @QueryParam("after") String after) {
        return requests.statesFor(BranchesResource.callingBranch(registry, security, code),
                after == null ? 0 : integer("after", after, 0, Integer.MAX_VALUE));
    }

    @GET
    @Path("{reference}")
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "The branch's own request by its reference, as it stands (OPEN, DECLINED with a reason, FULFILLED)")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    @APIResponse(responseCode = "404", description = "The branch made no such request (field reference)")
    public TransferRequestState own(@PathParam("code") String code, @PathParam("reference") String reference) {
        return requests.own(BranchesResource.callingBranch(registry, security, code), reference);
    }
}
