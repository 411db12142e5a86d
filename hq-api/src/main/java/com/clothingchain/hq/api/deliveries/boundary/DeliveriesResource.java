package com.clothingchain.hq.api.deliveries.boundary;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.deliveries.control.Deliveries;
import com.clothingchain.hq.business.deliveries.entity.Delivery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.integer;
import static com.clothingchain.shared.problem.Fields.matching;

/** Deliveries from HQ's warehouse to branches, for the people who send them and those who look at discrepancies. */
@Path("deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

    private static final Pattern STATUS = Pattern.compile("SENT|RECEIVED");

    @Inject
    Deliveries deliveries;

    @Context
    SecurityContext security;

    /** A new delivery: to which branch, an optional note, and its lines. */
    public record Send(String branch, String note, List<Deliveries.LineInput> lines) {
    }

    /** A delivery with its lines; {@code difference} is received less sent (negative when short), once received. */
    public record View(long number, String branchCode, String source, String status, String note, Instant sentAt, String sentBy,
                       int unitsSent, Integer unitsReceived, Instant receivedAt, String receivedBy, long discrepancies,
                       List<LineView> lines) {

        static View of(Delivery d) {
            return new View(d.getId(), d.getBranch().getCode(), d.getSource(), d.getStatus().name(), d.getNote(), d.getSentAt(),
                    d.getSentBy(), d.getUnitsSent(), d.getUnitsReceived(), d.getReceivedAt(), d.getReceivedBy(), d.getDiscrepancies(),
                    d.getLines().stream().map(l -> new LineView(l.getSku(), l.getSent(), l.getReceived(), l.getDifference())).toList());
        }
    }

    public record LineView(String sku, int sent, Integer received, int difference) {
    }

    @POST
    @RolesAllowed(HqAccounts.MERCHANDISER)
    @Operation(summary = "Sends a delivery from the warehouse to a branch, which pulls it and reports what it counted")
    @APIResponse(responseCode = "201", description = "Sent; Location names it")
    @APIResponse(responseCode = "400", description = "A malformed field, each named (lines[1].quantity, note, ...)")
    @APIResponse(responseCode = "422", description = "No such or an inactive branch (branch); a SKU HQ's catalogue does not have,"
            + " or one twice (lines[i].sku)")
    public Response send(Send send, @Context UriInfo uri) {
        Send body = send == null ? new Send(null, null, null) : send;
        Delivery delivery = deliveries.send(body.branch(), body.note(), body.lines(), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(delivery.getId())).build())
                .entity(View.of(delivery)).build();
    }

    @GET
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "The latest deliveries, newest first, of one branch and/or status (SENT, RECEIVED) when given")
    @APIResponse(responseCode = "200", description = "The deliveries with their lines and discrepancies")
    @APIResponse(responseCode = "400", description = "status or limit malformed (the problem names the field)")
    @APIResponse(responseCode = "404", description = "No branch with this code (field branch)")
    public List<View> list(@QueryParam("branch") String branch, @QueryParam("status") String status, @QueryParam("limit") String limit) {
        Delivery.Status validStatus = status == null ? null
                : Delivery.Status.valueOf(matching("status", status.toUpperCase(Locale.ROOT), STATUS, "SENT or RECEIVED"));
        int validLimit = limit == null ? 100 : integer("limit", limit, 1, 500);
        return deliveries.latest(branch, validStatus, validLimit).stream().map(View::of).toList();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "One delivery with its lines, and each line's difference once received")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "404", description = "No such delivery (field number)")
    public View one(@PathParam("number") String number) {
        return View.of(deliveries.require(integer("number", number, 1, Integer.MAX_VALUE)));
    }
}
