package com.clothingchain.branch.sales.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.control.Tax;
import com.clothingchain.branch.sales.entity.Payment;
import com.clothingchain.branch.sales.entity.PaymentRequest;
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

    /**
     * {@code businessDate} is optional: when given, the sale is refused unless that date is the open one. {@code till}
     * is optional: without it the sale goes to the API till.
     */
    public record SaleInput(String businessDate, List<LineInput> lines, List<PaymentInput> payments, String till) {
    }

    /** {@code amount}: for cash, what the customer handed over; {@code reference}: a card's approval reference. */
    public record PaymentInput(String tender, BigDecimal amount, String reference, String lastFour) {
        public static List<PaymentRequest> requests(List<PaymentInput> payments) {
            return payments == null ? null : payments.stream()
                    .map(p -> p == null ? null : new PaymentRequest(p.tender(), p.amount(), p.reference(), p.lastFour())).toList();
        }
    }

    /**
     * {@code amount} is what the line cost as priced; {@code discount} what its {@code discountPercent} (null, so left
     * out, when none) took off before tax; {@code lineTotal} what the customer paid for it (plus added tax).
     */
    public record LineView(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal amount, BigDecimal discountPercent,
                           BigDecimal discount, BigDecimal taxRate, BigDecimal tax, BigDecimal lineTotal, int returnedQuantity) {
        static LineView of(ReceiptLine l) {
            return new LineView(l.getSku(), l.getProduct().getName(), l.getQuantity(), l.getUnitPrice(), l.getAmount(),
                    l.getDiscountPercent(), l.getDiscount(), l.getTaxRate(), l.getTaxAmount(), l.getLineTotal(), l.getReturnedQuantity());
        }
    }

    public record PaymentView(String tender, BigDecimal amount, BigDecimal tendered, String reference, String lastFour) {
        public static PaymentView of(Payment p) {
            return new PaymentView(p.getTender(), p.getAmount(), p.getTendered(), p.getReference(), p.getLastFour());
        }
    }

    public record TaxView(BigDecimal rate, BigDecimal taxable, BigDecimal tax) {
        static TaxView of(Tax.RateTotal t) {
            return new TaxView(t.rate(), t.taxable(), t.tax());
        }
    }

    /**
     * {@code total} includes the tax, after {@code discountTotal} (the lines' discounts) came off; the customer paid
     * {@code total + rounding} ({@code amountPaid}).
     */
    public record ReceiptView(String receiptNumber, LocalDate businessDate, String clerk, Instant soldAt, String till,
                              String taxMode, BigDecimal total, BigDecimal discountTotal, BigDecimal rounding, BigDecimal amountPaid,
                              List<PaymentView> payments, BigDecimal change, BigDecimal taxTotal, List<TaxView> taxes,
                              List<LineView> lines) {
        public static ReceiptView of(Receipt r) {
            return new ReceiptView(r.getReceiptNumber(), r.getBusinessDate(), r.getClerk(), r.getSoldAt(),
                    r.getTillSession() == null ? null : r.getTillSession().getTillCode(), r.getTaxMode().name(),
                    r.getTotal(), r.getDiscountTotal(), r.getRounding(), r.getAmountPaid(), r.getPayments().stream().map(PaymentView::of).toList(),
                    r.getChangeGiven(), r.getTaxTotal(), r.taxes().stream().map(TaxView::of).toList(),
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
        Receipt receipt = checkout.sell(LineInput.requests(input.lines()), PaymentInput.requests(input.payments()), input.till(),
                BookingDate.of(input.businessDate()), security.getUserPrincipal().getName(), security.isUserInRole(BranchAccounts.MANAGER));
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
