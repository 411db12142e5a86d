package com.clothingchain.hq.api.deliveries.boundary;

import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.DeliveryReceipt;
import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.deliveries.control.Deliveries;
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

/** A branch's side of its deliveries: it pulls them, and reports what it counted on receiving each. */
@Path("branches/{code}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BranchDeliveriesResource {

    @Inject
    BranchRegistry registry;

    @Inject
    Deliveries deliveries;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "The branch's deliveries numbered after 'after' (0 if absent), oldest first, at most "
            + Deliveries.MAX_PULL + " (the branch's own code only)")
    @APIResponse(responseCode = "200", description = "The delivery notes")
    @APIResponse(responseCode = "400", description = "after malformed (field after)")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    public List<DeliveryNote> pull(@PathParam("code") String code, @QueryParam("after") String after) {
        return deliveries.notesFor(BranchesResource.callingBranch(registry, security, code),
                after == null ? 0 : integer("after", after, 0, Integer.MAX_VALUE));
    }

    @PUT
    @Path("{number}/receipt")
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "What the branch counted on receiving the delivery, kept once: the same again changes nothing")
    @APIResponse(responseCode = "201", description = "Stored; lines received other than sent are the delivery's discrepancies")
    @APIResponse(responseCode = "200", description = "The same receipt again: nothing changed")
    @APIResponse(responseCode = "400", description = "A malformed field, each named (lines[0].received, receivedAt, ...)")
    @APIResponse(responseCode = "403", description = "Another branch's code, or an inactive branch")
    @APIResponse(responseCode = "404", description = "No such delivery to this branch (field number)")
    @APIResponse(responseCode = "409", description = "Received before with other counts (field lines)")
    @APIResponse(responseCode = "422", description = "A SKU of the delivery missing, or a SKU twice (field lines, lines[i].sku)")
    public Response receipt(@PathParam("code") String code, @PathParam("number") String number, DeliveryReceipt receipt) {
        var branch = BranchesResource.callingBranch(registry, security, code);
        int valid = integer("number", number, 1, Integer.MAX_VALUE);
        var outcome = deliveries.receive(branch, valid, receipt);
        return Response.status(outcome == Deliveries.Outcome.RECEIVED ? 201 : 200).entity(new Stored(valid, outcome.name())).build();
    }

    /** What the receipt did: {@code RECEIVED}, or {@code UNCHANGED} for the same again. */
    public record Stored(long number, String outcome) {
    }
}
