package com.clothingchain.branch.losses.control;

import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.losses.entity.LossWriteOff;
import com.clothingchain.branch.losses.entity.LossWriteOff.Reason;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.control.RequestedLines;
import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockMovement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static com.clothingchain.shared.problem.Fields.between;
import static com.clothingchain.shared.problem.Fields.optionalText;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/** Writes off goods that were damaged, stolen or lost, at the product's current price. */
@Stateless
public class WriteOffs {

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BranchAuditTrail audit;

    @Inject
    Catalog catalog;

    @Inject
    BusinessDays days;

    @Inject
    Clock clock;

    @Inject
    Stock stock;

    public LossWriteOff writeOff(String sku, Integer quantity, String reason, String note, LocalDate requestedDate, String clerk) {
        FieldChecks checks = new FieldChecks();
        String validSku = checks.check(() -> text("sku", sku, RequestedLines.MAX_CODE_LENGTH));
        Integer validQuantity = checks.check(() -> between("quantity", quantity, 1, RequestedLines.MAX_QUANTITY));
        Reason validReason = checks.check(() -> reason(reason));
        String validNote = checks.check(() -> optionalText("note", note, 500));
        Product product = validSku == null ? null : catalog.find(validSku).orElse(null);
        if (validSku != null && product == null) {
            checks.add(ProblemException.unprocessable("sku", "There is no product with SKU " + validSku + "."));
        }
        checks.done();
        BusinessDay day = days.lockForBooking(requestedDate);
        var writeOff = new LossWriteOff(day.getBusinessDate(), product, validQuantity, validReason, validNote, clerk, clock.instant());
        em.persist(writeOff);
        stock.move(product, day.getBusinessDate(), StockMovement.Kind.LOSS, -validQuantity, writeOff.getValue(),
                "write-off " + writeOff.getId() + " " + validReason, clerk);
        if (audit.isNotable(writeOff.getValue())) {
            audit.record(AuditType.LOSS_WRITTEN_OFF, product.getSku(), validQuantity + " x, " + validReason + ", value "
                    + writeOff.getValue().toPlainString() + (validNote == null ? "" : ": " + validNote));
        }
        return writeOff;
    }

    public List<LossWriteOff> recent(int count) {
        return em.createNamedQuery(LossWriteOff.RECENT, LossWriteOff.class).setMaxResults(count).getResultList();
    }

    private static Reason reason(String reason) {
        try {
            return Reason.valueOf(required("reason", reason).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("reason", "reason must be one of " + Arrays.toString(Reason.values()) + ".");
        }
    }
}
