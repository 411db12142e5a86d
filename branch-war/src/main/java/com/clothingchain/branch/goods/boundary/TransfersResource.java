package com.clothingchain.branch.goods.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.goods.control.Transfers;
import com.clothingchain.branch.goods.entity.Transfer;
import com.clothingchain.branch.sales.boundary.BookingDate;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.clothingchain.shared.problem.Fields.idInPath;
import static com.clothingchain.shared.problem.Fields.integer;
import static com.clothingchain.shared.problem.Fields.required;

/**
 * Goods sent to another branch through HQ (managers): send (fulfilling a request made of this branch when it names one),
 * list with how far each got, cancel one HQ refused.
 */
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {

    /** A transfer; {@code hqCall} is the status of its call to HQ, {@code hqError} what HQ said when it refused it. */
    @JsonbNillable
    public record TransferView(long id, String to, String note, String status, LocalDate businessDate, String sentBy, Instant sentAt,
                               int units, String hqCall, String hqError, List<LineView> lines) {

        public static TransferView of(Transfer t, ServiceCall call) {
            return new TransferView(t.getId(), t.getToBranch(), t.getNote(), t.getStatus().name(), t.getBusinessDate(), t.getSentBy(),
                    t.getSentAt(), t.getUnits(), call == null ? null : call.getStatus().name(), call == null ? null : call.getLastError(),
                    t.getLines().stream().map(l -> new LineView(l.getSku(), l.getQuantity())).toList());
        }
    }

    public record LineView(String sku, int quantity) {
    }

    /** {@code request}: the number of an open request made of this branch that the transfer fulfils (optional). */
    public record TransferInput(String to, String note, List<Transfers.Line> lines, String businessDate, Long request) {
    }

    @Inject
    Transfers transfers;

    @Inject
    Outbox outbox;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(BranchAccounts.MANAGER)
    public List<TransferView> latest(@QueryParam("limit") @DefaultValue("50") String limit) {
        List<Transfer> latest = transfers.latest(integer("limit", limit, 1, 500));
        Map<Long, ServiceCall> calls = outbox.subjectCalls(ServiceCall.SEND_TRANSFER, latest.stream().map(Transfer::getId).toList());
        return latest.stream().map(t -> TransferView.of(t, calls.get(t.getId()))).toList();
    }

    @POST
    @RolesAllowed(BranchAccounts.MANAGER)
    public Response send(TransferInput input) {
        required("body", input);
        Transfer sent = transfers.send(input.to(), input.note(), input.lines(), security.getUserPrincipal().getName(),
                BookingDate.of(input.businessDate()), input.request());
        return Response.status(201).entity(view(sent)).build();
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(BranchAccounts.MANAGER)
    public TransferView cancel(@PathParam("id") String id) {
        return view(transfers.cancel(idInPath("id", id, "There is no transfer " + id + "."), security.getUserPrincipal().getName()));
    }

    private TransferView view(Transfer transfer) {
        return TransferView.of(transfer, outbox.subjectCalls(ServiceCall.SEND_TRANSFER, List.of(transfer.getId())).get(transfer.getId()));
    }
}
