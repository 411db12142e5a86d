package com.clothingchain.branch.goods.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.goods.control.DeliveryPuller;
import com.clothingchain.branch.goods.control.GoodsIn;
import com.clothingchain.branch.goods.entity.Delivery;
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

/** Goods in for terminals: the deliveries HQ sent, asking HQ for new ones, and receiving one with the counts. */
@Path("deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

    /** A delivery; {@code hqCall} is the status of its receipt's call to HQ once received. */
    @JsonbNillable
    public record DeliveryView(long number, String source, String note, Instant sentAt, String sentBy, String status,
                               int unitsExpected, int unitsCounted, long discrepancies, LocalDate businessDate, Instant receivedAt,
                               String receivedBy, String hqCall, List<LineView> lines) {

        static DeliveryView of(Delivery d, ServiceCall call) {
            return new DeliveryView(d.getNumber(), d.getSource(), d.getNote(), d.getSentAt(), d.getSentBy(), d.getStatus().name(),
                    d.getUnitsExpected(), d.getUnitsCounted(), d.getDiscrepancies(), d.getBusinessDate(), d.getReceivedAt(),
                    d.getReceivedBy(), call == null ? null : call.getStatus().name(), d.getLines().stream()
                    .map(l -> new LineView(l.getSku(), l.getExpected(), l.getCounted(), l.getDifference())).toList());
        }
    }

    @JsonbNillable
    public record LineView(String sku, int expected, Integer counted, int difference) {
    }

    public record ReceiptInput(List<GoodsIn.Count> lines, String businessDate) {
    }

    public record PullView(int added, String problem) {
    }

    @Inject
    GoodsIn goods;

    @Inject
    DeliveryPuller puller;

    @Inject
    Outbox outbox;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(BranchAccounts.CLERK)
    public List<DeliveryView> latest(@QueryParam("limit") @DefaultValue("50") String limit) {
        List<Delivery> latest = goods.latest(integer("limit", limit, 1, 500));
        Map<Long, ServiceCall> calls = outbox.subjectCalls(ServiceCall.SEND_GOODS_RECEIVED, latest.stream().map(Delivery::getNumber).toList());
        return latest.stream().map(d -> DeliveryView.of(d, calls.get(d.getNumber()))).toList();
    }

    @GET
    @Path("{number}")
    @RolesAllowed(BranchAccounts.CLERK)
    public DeliveryView one(@PathParam("number") String number) {
        return view(goods.require(number(number)));
    }

    /** Asks HQ for new deliveries now, instead of waiting for the next pull. */
    @POST
    @Path("pull")
    @RolesAllowed(BranchAccounts.CLERK)
    public PullView pull() {
        DeliveryPuller.Pulled pulled = puller.pull();
        return new PullView(pulled.added(), pulled.problem());
    }

    @POST
    @Path("{number}/receipt")
    @RolesAllowed(BranchAccounts.CLERK)
    public Response receive(@PathParam("number") String number, ReceiptInput input) {
        required("body", input);
        Delivery received = goods.receive(number(number), input.lines(), security.getUserPrincipal().getName(),
                BookingDate.of(input.businessDate()));
        return Response.status(201).entity(view(received)).build();
    }

    private DeliveryView view(Delivery delivery) {
        return DeliveryView.of(delivery, outbox.subjectCalls(ServiceCall.SEND_GOODS_RECEIVED, List.of(delivery.getNumber())).get(delivery.getNumber()));
    }

    private static long number(String number) {
        return idInPath("number", number, "There is no delivery " + number + ".");
    }
}
