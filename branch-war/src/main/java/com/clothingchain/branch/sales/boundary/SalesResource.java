package com.clothingchain.branch.sales.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.clothingchain.shared.problem.Fields.required;

/** Sales as receipts: a terminal posts what was sold and gets the receipt back. */
@Path("sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SalesResource {

    /** {@code businessDate} is optional: when given, the sale is refused unless that date is the open one. */
    public record SaleInput(String businessDate, List<LineInput> lines) {
    }

    public record LineView(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal amount, int returnedQuantity) {
        static LineView of(ReceiptLine l) {
            return new LineView(l.getSku(), l.getProduct().getName(), l.getQuantity(), l.getUnitPrice(), l.getAmount(),
                    l.getReturnedQuantity());
        }
    }

    public record ReceiptView(String receiptNumber, LocalDate businessDate, String clerk, Instant soldAt, BigDecimal total,
                              List<LineView> lines) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.getReceiptNumber(), r.getBusinessDate(), r.getClerk(), r.getSoldAt(), r.getTotal(),
                    r.getLines().stream().map(LineView::of).toList());
        }
    }

    @Inject
    Checkout checkout;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(BranchAccounts.CLERK)
    public Response sell(SaleInput input) {
        required("body", input);
        Receipt receipt = checkout.sell(LineInput.requests(input.lines()), BookingDate.of(input.businessDate()), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.getReceiptNumber()).build())
                .entity(ReceiptView.of(receipt)).build();
    }

    @GET
    @Path("{receiptNumber}")
    @RolesAllowed(BranchAccounts.CLERK)
    public ReceiptView get(@PathParam("receiptNumber") String receiptNumber) {
        return ReceiptView.of(checkout.require(receiptNumber));
    }
}
