package com.clothingchain.hq.api.deliveries.boundary;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.deliveries.control.TransferRequests;
import com.clothingchain.hq.business.deliveries.entity.TransferRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.integer;
import static com.clothingchain.shared.problem.Fields.matching;

/** Requests for goods between branches, for the people who watch deliveries: who asked whom for what, and the answer. */
@Path("transfer-requests")
@Produces(MediaType.APPLICATION_JSON)
public class TransferRequestsResource {

    private static final Pattern STATUS = Pattern.compile("OPEN|DECLINED|FULFILLED");

    @Inject
    TransferRequests requests;

    /** A request; {@code delivery} is the delivery that fulfilled it, {@code reason} why it was declined. */
    public record View(long number, String reference, String from, String to, String status, String note, Instant requestedAt,
                       String requestedBy, int units, String reason, Instant answeredAt, String answeredBy, Long delivery,
                       List<LineView> lines) {

        static View of(TransferRequest r) {
            return new View(r.getId(), r.getReference(), r.getFromBranch().getCode(), r.getToBranch().getCode(), r.getStatus().name(),
                    r.getNote(), r.getRequestedAt(), r.getRequestedBy(), r.getUnits(), r.getReason(), r.getAnsweredAt(),
                    r.getAnsweredBy(), r.getDeliveryId(), r.getLines().stream().map(l -> new LineView(l.getSku(), l.getQuantity())).toList());
        }
    }

    public record LineView(String sku, int quantity) {
    }

    @GET
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "The latest requests for goods between branches, newest first, of one status (OPEN, DECLINED, FULFILLED) when given")
    @APIResponse(responseCode = "200", description = "The requests with their lines")
    @APIResponse(responseCode = "400", description = "status or limit malformed (the problem names the field)")
    public List<View> list(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        TransferRequest.Status validStatus = status == null ? null
                : TransferRequest.Status.valueOf(matching("status", status.toUpperCase(Locale.ROOT), STATUS, "OPEN, DECLINED or FULFILLED"));
        return requests.latest(validStatus, limit == null ? 100 : integer("limit", limit, 1, 500)).stream().map(View::of).toList();
    }
}
