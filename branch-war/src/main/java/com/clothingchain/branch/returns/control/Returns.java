package com.clothingchain.branch.returns.control;

import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.returns.entity.ReturnLine;
import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.control.RequestedLines;
import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

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

    /** A return of these lines of a receipt, for a reason ({@code OTHER} when an API client gives none). */
    public ProductReturn accept(String receiptNumber, List<LineRequest> requested, LocalDate requestedDate, String clerk, String reason) {
        ProductReturn.Reason why = reason(reason);
        List<LineRequest> lines = checkout.withSkus(requested);
        text("receiptNumber", receiptNumber, 32);
        Map<String, Integer> quantities = RequestedLines.bySku(lines);
        Receipt receipt = checkout.find(receiptNumber).orElseThrow(() -> ProblemException.unprocessable("receiptNumber",
                "There is no receipt " + receiptNumber.trim() + "."));
        BusinessDay day = days.lockForBooking(requestedDate);
        ProductReturn productReturn = new ProductReturn(receipt, day.getBusinessDate(), clerk, clock.instant(), why);
        quantities.forEach((sku, quantity) -> {
            ReceiptLine line = receipt.getLines().stream().filter(l -> l.getSku().equals(sku)).findFirst()
                    .orElseThrow(() -> ProblemException.unprocessable(RequestedLines.fieldOf(lines, sku, "sku"),
                            sku + " is not on receipt " + receipt.getReceiptNumber() + "."));
            takeBack(line, quantity, RequestedLines.fieldOf(lines, sku, "quantity"));
            productReturn.add(new ReturnLine(productReturn, line, quantity));
        });
        em.persist(productReturn);
        if (audit.isNotable(productReturn.getRefund())) {
            audit.record(AuditType.RETURN_ACCEPTED, receipt.getReceiptNumber(), "refund " + productReturn.getRefund().toPlainString()
                    + " for " + quantities);
        }
        return productReturn;
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

    /** One conditional update: whoever else returns the same line at the same moment, the sum stays within what was sold. */
    private void takeBack(ReceiptLine line, int quantity, String field) {
        int updated = em.createQuery("update ReceiptLine l set l.returnedQuantity = l.returnedQuantity + :quantity"
                        + " where l.id = :id and l.returnedQuantity + :quantity <= l.quantity")
                .setParameter("quantity", quantity).setParameter("id", line.getId()).executeUpdate();
        if (updated == 0) {
            em.refresh(line);
            throw ProblemException.conflict(field, "Only " + line.getReturnableQuantity() + " of " + line.getSku()
                    + " on receipt " + line.getReceiptNumber() + " can still be returned.");
        }
    }
}
