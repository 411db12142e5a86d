package com.clothingchain.branch.returns.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.credit.control.StoreCredits;
import com.clothingchain.branch.returns.control.Exchanges;
import com.clothingchain.branch.returns.entity.Refund;
import com.clothingchain.branch.sales.boundary.BookingDate;
import com.clothingchain.branch.sales.boundary.LineInput;
import com.clothingchain.branch.sales.boundary.SalesResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.util.List;

import static com.clothingchain.shared.problem.Fields.required;

/**
 * Exchanges: {@code returnLines} of a receipt come back and {@code lines} go out in one transaction. The difference is
 * paid by {@code payments}, or refunded in {@code refundTender} (by default the tender that paid most of the receipt).
 */
@Path("exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExchangesResource {

    public record ExchangeInput(String receiptNumber, List<LineInput> returnLines, String reason, List<LineInput> lines,
                                List<SalesResource.PaymentInput> payments, String refundTender, String refundReference, String till,
                                String businessDate) {
    }

    /** {@code difference}: what the customer paid (positive) or got back (negative). */
    public record ExchangeView(ReturnsResource.ReturnView returned, SalesResource.ReceiptView receipt, BigDecimal difference) {
    }

    @Inject
    Exchanges exchanges;

    @Inject
    StoreCredits credits;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(BranchAccounts.CLERK)
    public Response exchange(ExchangeInput input) {
        required("body", input);
        Exchanges.Exchange done = exchanges.exchange(input.receiptNumber(), LineInput.requests("returnLines", input.returnLines()), input.reason(),
                LineInput.requests(input.lines()), SalesResource.PaymentInput.requests(input.payments()),
                new Refund(input.refundTender(), input.refundReference(), input.till(), security.isUserInRole(BranchAccounts.MANAGER)),
                BookingDate.of(input.businessDate()), security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(new ExchangeView(ReturnsResource.ReturnView.of(done.returned(), credits.issuedBy(done.returned())),
                SalesResource.ReceiptView.of(done.sold()), done.difference())).build();
    }
}
