package com.clothingchain.branch.returns.control;

import com.clothingchain.branch.credit.control.StoreCredits;
import com.clothingchain.branch.credit.entity.StoreCredit;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.returns.entity.ReturnLine;
import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.control.Discounts;
import com.clothingchain.branch.sales.control.RequestedLines;
import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockMovement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.clothingchain.branch.returns.entity.Refund;
import com.clothingchain.branch.sales.control.Tax;
import com.clothingchain.branch.sales.entity.Payment;
import com.clothingchain.branch.tills.control.TillRules;
import com.clothingchain.branch.tills.control.Tills;
import com.clothingchain.branch.tills.entity.TenderType;
import com.clothingchain.branch.tills.entity.TillSession;
import com.clothingchain.contract.Tender;
import com.clothingchain.shared.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

import static com.clothingchain.shared.problem.Fields.optionalText;
import static com.clothingchain.shared.problem.Fields.text;

/** Takes goods back against their receipt and refunds what was paid for them, never more than was sold. */
@Stateless
public class Returns {

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BranchAuditTrail audit;

    @Inject
    Checkout checkout;

    @Inject
    BusinessDays days;

    @Inject
    Clock clock;

    @Inject
    Tills tills;

    @Inject
    TillRules rules;

    @Inject
    Stock stock;

    @Inject
    StoreCredits credits;

    /**
     * A return of these lines of a receipt, for a reason ({@code OTHER} when an API client gives none), refunded at
     * the till in {@code refund}'s tender: by default the one that paid most of the receipt (cash for receipts from
     * before tills). A cash refund is rounded to the cash step; above the cash refund limit it needs a manager.
     */
    public ProductReturn accept(String receiptNumber, List<LineRequest> requested, LocalDate requestedDate, String clerk, String reason,
                                Refund refund) {
        Refund given = refund == null ? new Refund(null, null, null, false) : refund;
        ProductReturn productReturn = takeBack(receiptNumber, requested, requestedDate, clerk, reason, given.till());
        refund(productReturn, given, Money.ZERO);
        return productReturn;
    }

    /** The goods of a return taken back on the open date at a till, their refund worked out but not yet given. */
    public ProductReturn takeBack(String receiptNumber, List<LineRequest> requested, LocalDate requestedDate, String clerk, String reason,
                           String till) {
        ProductReturn.Reason why = reason(reason);
        Discounts.noneOnReturn(requested);
        List<LineRequest> lines = checkout.withSkus(requested);
        text("receiptNumber", receiptNumber, 32);
        Map<String, Integer> quantities = RequestedLines.bySku(lines);
        Receipt receipt = checkout.find(receiptNumber).orElseThrow(() -> ProblemException.unprocessable("receiptNumber",
                "There is no receipt " + receiptNumber.trim() + "."));
        BusinessDay day = days.lockForBooking(requestedDate);
        TillSession session = tills.forBooking(till, day, clerk);
        ProductReturn productReturn = new ProductReturn(receipt, day.getBusinessDate(), clerk, clock.instant(), why, session);
        quantities.forEach((sku, quantity) -> {
            ReceiptLine line = receipt.getLines().stream().filter(l -> l.getSku().equals(sku)).findFirst()
                    .orElseThrow(() -> ProblemException.unprocessable(RequestedLines.fieldOf(lines, sku, "sku"),
                            sku + " is not on receipt " + receipt.getReceiptNumber() + "."));
            int before = takeBack(line, quantity, RequestedLines.fieldOf(lines, sku, "quantity"));
            productReturn.add(new ReturnLine(productReturn, line, quantity, before));
        });
        return productReturn;
    }

    /**
     * Gives a return's refund: {@code exchanged} of it paid for goods taken in exchange; the rest goes back in the
     * refund's tender (cash rounded to the step, and above the limit only by a manager; store credit as a new credit
     * note of this branch, {@link StoreCredits#open}).
     */
    public void refund(ProductReturn productReturn, Refund given, BigDecimal exchanged) {
        Receipt receipt = productReturn.getReceipt();
        if (exchanged.signum() > 0) {
            productReturn.refundedIn(Payment.EXCHANGE, exchanged, Money.ZERO, null);
        }
        BigDecimal rest = productReturn.getRefund().subtract(exchanged);
        StoreCredit note = null;
        if (rest.signum() > 0) {
            TenderType tender = tender(receipt, given.tender());
            BigDecimal rounding = Money.ZERO;
            if (tender.isCash()) {
                rounding = Tax.cashRounded(rest, rules.cashStep()).subtract(rest);
                if (rest.compareTo(rules.cashRefundLimit()) > 0) {
                    if (!given.byManager()) {
                        throw new ProblemException(403, "Forbidden", "A cash refund of " + rest.toPlainString()
                                + " is above the limit of " + rules.cashRefundLimit().toPlainString()
                                + ": a manager must give it, or refund to the card.", "refundTender");
                    }
                    audit.record(AuditType.CASH_REFUND_APPROVED, receipt.getReceiptNumber(), "cash refund "
                            + rest.toPlainString() + " above the limit");
                }
            }
            String reference = optionalText("refundReference", given.reference(), 32);
            if (StoreCredits.isStoreCredit(tender.getCode())) {
                note = credits.open(productReturn, rest, reference);
                reference = note.getNumber();
            }
            productReturn.refundedIn(tender.getCode(), rest.add(rounding), rounding, reference);
        }
        em.persist(productReturn);
        if (note != null) {
            credits.issue(note);
        }
        productReturn.getLines().forEach(line -> stock.move(line.getProduct(), productReturn.getBusinessDate(), StockMovement.Kind.RETURN,
                line.getQuantity(), line.getAmount(), "return " + productReturn.getId() + " of " + receipt.getReceiptNumber(),
                productReturn.getClerk()));
        if (audit.isNotable(productReturn.getRefund())) {
            audit.record(AuditType.RETURN_ACCEPTED, receipt.getReceiptNumber(), "refund " + productReturn.getRefund().toPlainString()
                    + (exchanged.signum() > 0 ? ", " + exchanged.toPlainString() + " of it exchanged" : ""));
        }
    }

    public Optional<ProductReturn> find(long id) {
        return em.createNamedQuery(ProductReturn.BY_ID, ProductReturn.class).setParameter("id", id).getResultStream().findFirst();
    }

    private static ProductReturn.Reason reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return ProductReturn.Reason.OTHER;
        }
        try {
            return ProductReturn.Reason.valueOf(reason.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("reason", "reason must be one of " + Arrays.toString(ProductReturn.Reason.values()) + ".");
        }
    }

    /** The tender a refund goes back in: the one asked for, or the one that paid most of the receipt. */
    private TenderType tender(Receipt receipt, String asked) {
        String code = asked == null || asked.isBlank()
                ? receipt.getPayments().stream().max(Comparator.comparing(Payment::getAmount)).map(Payment::getTender).orElse(Tender.CASH)
                : text("refundTender", asked, 16).toUpperCase(Locale.ROOT);
        TenderType tender = rules.tender(code);
        if (tender == null) {
            throw ProblemException.unprocessable("refundTender", "This branch refunds in no tender " + code + ".");
        }
        return tender;
    }

    /**
     * One conditional update: whoever else returns the same line at the same moment, the sum stays within what was
     * sold. Returns how many of the line had come back before (the row stays locked until the return commits).
     */
    private int takeBack(ReceiptLine line, int quantity, String field) {
        int updated = em.createQuery("update ReceiptLine l set l.returnedQuantity = l.returnedQuantity + :quantity"
                        + " where l.id = :id and l.returnedQuantity + :quantity <= l.quantity")
                .setParameter("quantity", quantity).setParameter("id", line.getId()).executeUpdate();
        if (updated == 0) {
            em.refresh(line);
            throw ProblemException.conflict(field, "Only " + line.getReturnableQuantity() + " of " + line.getSku()
                    + " on receipt " + line.getReceiptNumber() + " can still be returned.");
        }
        em.refresh(line);
        return line.getReturnedQuantity() - quantity;
    }
}
