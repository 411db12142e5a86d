package com.clothingchain.hq.api.tills.boundary;

import com.clothingchain.contract.Tender;
import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.tills.control.Tills;
import com.clothingchain.hq.business.tills.entity.TenderEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

import static com.clothingchain.shared.problem.Fields.required;

/** The ways to pay the chain's tills take: managers read them, admins define, rename and (de)activate them. */
@Path("tenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TendersResource {

    public record Definition(String code, String name, String kind) {
    }

    /** Either may be absent: as it is. */
    public record Change(String name, Boolean active) {
    }

    @Inject
    Tills tills;

    @GET
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.ADMIN})
    @Operation(summary = "Every tender, active or not, in code order: code, name, kind (CASH, CARD, VOUCHER, OTHER), active")
    public List<Tender> all() {
        return tills.tenders().stream().map(TendersResource::view).toList();
    }

    @POST
    @RolesAllowed(HqAccounts.ADMIN)
    @Operation(summary = "A new tender, active; branches get it with their profile")
    @APIResponse(responseCode = "201", description = "Defined")
    @APIResponse(responseCode = "400", description = "code not 1-16 of A-Z, 0-9, _ and -, name missing or over 64, kind not"
            + " CASH, CARD, VOUCHER or OTHER (every field named)")
    @APIResponse(responseCode = "409", description = "The code is taken (field code)")
    public Response define(Definition body, @Context UriInfo uri) {
        required("body", body);
        TenderEntry tender = tills.defineTender(body.code(), body.name(), body.kind());
        return Response.created(uri.getAbsolutePathBuilder().path(tender.getCode()).build()).entity(view(tender)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(HqAccounts.ADMIN)
    @Operation(summary = "Renames and/or (de)activates a tender; tenders are never deleted")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "name blank or over 64 characters")
    @APIResponse(responseCode = "404", description = "No such tender (field code)")
    @APIResponse(responseCode = "422", description = "CASH or CARD deactivated (field active): every till takes them")
    public Tender change(@PathParam("code") String code, Change body) {
        required("body", body);
        return view(tills.changeTender(code, body.name(), body.active()));
    }

    static Tender view(TenderEntry t) {
        return new Tender(t.getCode(), t.getName(), t.getKind(), t.isActive());
    }
}
