package com.clothingchain.branch.returns.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.credit.boundary.StoreCreditsResource.StoreCreditView;
import com.clothingchain.branch.credit.control.StoreCredits;
import com.clothingchain.branch.credit.entity.StoreCredit;
import com.clothingchain.branch.returns.control.Returns;
import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.returns.entity.ReturnLine;
import com.clothingchain.branch.sales.boundary.BookingDate;
import com.clothingchain.branch.sales.boundary.LineInput;
import com.clothingchain.branch.sales.boundary.SalesResource;
import com.clothingchain.branch.returns.entity.Refund;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.clothingchain.shared.problem.Fields.required;

/** Returns against a receipt; the refund is booked to the open business date. */
@Path("returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnsResource {

    /**
     * {@code reason}: WRONG_SIZE, DEFECTIVE, NOT_AS_EXPECTED, CHANGED_MIND or OTHER (the default). {@code refundTender}:
     * by default the tender that paid most of the receipt; {@code till}: by default the API till.
     */
    public record ReturnInput(String receiptNumber, String businessDate, List<LineInput> lines, String reason,
                              String refundTender, String refundReference, String till) {
    }

    public record LineView(String sku, int quantity, BigDecimal unitPrice, BigDecimal amount, BigDecimal tax) {
        static LineView of(ReturnLine l) {
            return new LineView(l.getSku(), l.getQuantity(), l.getUnitPrice(), l.getAmount(), l.getTaxAmount());
        }
    }

    /**
     * {@code refund} is the goods' value, tax included; the customer got {@code refund + rounding} in {@code payments};
     * {@code storeCredit} is the credit note a refund to store credit issued (null otherwise).
     */
    public record ReturnView(long id, String receiptNumber, LocalDate businessDate, BigDecimal refund, BigDecimal rounding,
                             BigDecimal taxTotal, String reason, List<SalesResource.PaymentView> payments, List<LineView> lines,
                             StoreCreditView storeCredit) {
        public static ReturnView of(ProductReturn r, Optional<StoreCredit> note) {
            return new ReturnView(r.getId(), r.getReceipt().getReceiptNumber(), r.getBusinessDate(), r.getRefund(), r.getRounding(),
                    r.getTaxTotal(), r.getReason() == null ? null : r.getReason().name(),
                    r.getPayments().stream().map(SalesResource.PaymentView::of).toList(), r.getLines().stream().map(LineView::of).toList(),
                    note.map(n -> StoreCreditView.of(n, List.of())).orElse(null));
        }
    }

    @Inject
    Returns returns;

    @Inject
    StoreCredits credits;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(BranchAccounts.CLERK)
    public Response accept(ReturnInput input) {
        required("body", input);
        ProductReturn accepted = returns.accept(input.receiptNumber(), LineInput.requests(input.lines()), BookingDate.of(input.businessDate()),
                security.getUserPrincipal().getName(), input.reason(), new Refund(input.refundTender(), input.refundReference(),
                        input.till(), security.isUserInRole(BranchAccounts.MANAGER)));
        return Response.status(Response.Status.CREATED).entity(ReturnView.of(accepted, credits.issuedBy(accepted))).build();
    }
}
