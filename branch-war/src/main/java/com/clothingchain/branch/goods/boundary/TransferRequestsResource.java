package com.clothingchain.branch.goods.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.goods.control.TransferRequests;
import com.clothingchain.branch.goods.control.Transfers;
import com.clothingchain.branch.goods.entity.TransferRequest;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.sync.entity.ServiceCall;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.clothingchain.shared.problem.Fields.idInPath;
import static com.clothingchain.shared.problem.Fields.integer;
import static com.clothingchain.shared.problem.Fields.required;

/**
 * Requests for goods between branches through HQ (managers): ask another branch, list the requests both ways with how
 * each stands, decline one made of this branch. One made of this branch is fulfilled by a transfer naming it.
 */
@Path("transfer-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferRequestsResource {

    /**
     * A request; {@code direction} OUTGOING (this branch asked {@code to}) or INCOMING ({@code from} asked this branch);
     * {@code hqCall} is the status of its call to HQ (the request, or the decline), {@code hqError} what HQ said when it refused it.
     */
    @JsonbNillable
    public record RequestView(long id, String direction, Long hqNumber, String reference, String from, String to, String note,
                              String status, String requestedBy, Instant requestedAt, int units, String reason, Instant answeredAt,
                              Long transfer, String hqCall, String hqError, List<TransfersResource.LineView> lines) {

        static RequestView of(TransferRequest r, ServiceCall call) {
            return new RequestView(r.getId(), r.getDirection().name(), r.getHqNumber(), r.getReference(), r.getFromBranch(), r.getToBranch(),
                    r.getNote(), r.getStatus().name(), r.getRequestedBy(), r.getRequestedAt(), r.getUnits(), r.getReason(),
                    r.getAnsweredAt(), r.getTransferId(), call == null ? null : call.getStatus().name(),
                    call == null ? null : call.getLastError(),
                    r.getLines().stream().map(l -> new TransfersResource.LineView(l.getSku(), l.getQuantity())).toList());
        }
    }

    public record RequestInput(String to, String note, List<Transfers.Line> lines) {
    }

    public record DeclineInput(String reason) {
    }

    @Inject
    TransferRequests requests;

    @Inject
    Outbox outbox;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(BranchAccounts.MANAGER)
    public List<RequestView> latest(@QueryParam("limit") @DefaultValue("50") String limit) {
        List<TransferRequest> latest = requests.latest(integer("limit", limit, 1, 500));
        List<Long> ids = latest.stream().map(TransferRequest::getId).toList();
        Map<Long, ServiceCall> asked = outbox.subjectCalls(ServiceCall.SEND_TRANSFER_REQUEST, ids);
        Map<Long, ServiceCall> declined = outbox.subjectCalls(ServiceCall.SEND_TRANSFER_REQUEST_ANSWER, ids);
        return latest.stream().map(r -> RequestView.of(r, (r.isIncoming() ? declined : asked).get(r.getId()))).toList();
    }

    @POST
    @RolesAllowed(BranchAccounts.MANAGER)
    public Response request(RequestInput input) {
        required("body", input);
        TransferRequest made = requests.request(input.to(), input.note(), input.lines(), security.getUserPrincipal().getName());
        return Response.status(201).entity(view(made, ServiceCall.SEND_TRANSFER_REQUEST)).build();
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed(BranchAccounts.MANAGER)
    public RequestView decline(@PathParam("id") String id, DeclineInput input) {
        long valid = idInPath("id", id, "There is no transfer request " + id + ".");
        required("body", input);
        return view(requests.decline(valid, input.reason(), security.getUserPrincipal().getName()), ServiceCall.SEND_TRANSFER_REQUEST_ANSWER);
    }

    private RequestView view(TransferRequest request, String callName) {
        return RequestView.of(request, outbox.subjectCalls(callName, List.of(request.getId())).get(request.getId()));
    }
}
