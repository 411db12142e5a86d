package com.clothingchain.branch.goods.control;

import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.goods.entity.Delivery;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockMovement.Kind;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.DeliveryReceipt;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.clothingchain.shared.problem.Fields.between;
import static com.clothingchain.shared.problem.Fields.wholeNumber;

/**
 * Goods in: deliveries pulled from HQ, and their receipt. Receiving books each SKU's counted units as a
 * {@code RECEIVED} stock movement and queues the receipt for HQ, in one transaction under the open day's lock.
 */
@Stateless
public class GoodsIn {

    public static final int MAX_UNITS = GoodsLines.MAX_UNITS;
    private static final int MAX_LINES = 1_000;

    /** A count as a clerk or a terminal gives it: a SKU or barcode, and the units counted. */
    public record Count(String sku, BigDecimal counted) {
    }

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Catalog catalog;

    @Inject
    Stock stock;

    @Inject
    BusinessDays days;

    @Inject
    Outbox outbox;

    @Inject
    BranchAuditTrail audit;

    /** Keeps the notes not held yet; answers how many were new. A note held already is never changed. */
    public int store(List<DeliveryNote> notes) {
        int stored = 0;
        for (DeliveryNote note : notes) {
            if (em.find(Delivery.class, note.number()) == null) {
                em.persist(new Delivery(note, clock.instant()));
                stored++;
            }
        }
        return stored;
    }

    /** The highest delivery number held (0 for none): the branch pulls what HQ numbered after it. */
    public long lastNumber() {
        Long last = em.createNamedQuery(Delivery.LAST_NUMBER, Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    public List<Delivery> latest(int limit) {
        return em.createNamedQuery(Delivery.LATEST, Delivery.class).setMaxResults(limit).getResultList();
    }

    public long expectedCount() {
        return em.createNamedQuery(Delivery.COUNT_EXPECTED, Long.class).getSingleResult();
    }

    public Delivery require(long number) {
        return Optional.ofNullable(em.find(Delivery.class, number))
                .orElseThrow(() -> ProblemException.notFound("number", "There is no delivery " + number + "."));
    }

    /**
     * Receives a delivery once: every SKU on its note listed with 0 to {@value #MAX_UNITS} units counted (0 when none
     * came; the only count for a SKU this branch's catalogue does not hold), and any SKU of the branch's catalogue that
     * came without being on it. Each counted unit is booked in, on
     * the open date; the receipt goes to HQ through the outbox. All refusals at once, each naming its field
     * ({@code lines[2].counted}); a delivery received already is a conflict naming {@code number}.
     */
    public Delivery receive(long number, List<Count> counts, String clerk, LocalDate requestedDate) {
        BusinessDay day = days.lockForBooking(requestedDate);
        Delivery delivery = Optional.ofNullable(em.find(Delivery.class, number, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ProblemException.notFound("number", "There is no delivery " + number + "."));
        if (delivery.getStatus() == Delivery.Status.RECEIVED) {
            throw ProblemException.conflict("number", "Delivery " + number + " was received already, by "
                    + delivery.getReceivedBy() + " on " + delivery.getBusinessDate() + ".");
        }
        Map<Product, Integer> counted = counted(delivery, counts);
        Map<String, Integer> bySku = new LinkedHashMap<>();
        counted.forEach((product, units) -> {
            bySku.put(product.getSku(), units);
            if (units > 0) {
                stock.move(product, day.getBusinessDate(), delivery.isTransfer() ? Kind.TRANSFER_IN : Kind.RECEIVED, units, Money.ZERO,
                        "delivery " + number + (delivery.isTransfer() ? " from " + delivery.getSource() : ""), clerk);
            }
        });
        delivery.getLines().forEach(line -> bySku.putIfAbsent(line.getSku(), 0));
        delivery.received(bySku, day.getBusinessDate(), clerk, clock.instant());
        outbox.queueGoodsReceived(day.getBusinessDate(), number);
        audit.record(AuditType.DELIVERY_RECEIVED, "delivery " + number, delivery.getUnitsCounted() + " of "
                + delivery.getUnitsExpected() + " units, " + delivery.getDiscrepancies() + " lines differ");
        return delivery;
    }

    /** What HQ is told about a received delivery. */
    public DeliveryReceipt receipt(long number) {
        Delivery delivery = require(number);
        return new DeliveryReceipt(delivery.getReceivedAt(), delivery.getReceivedBy(), delivery.getLines().stream()
                .map(line -> new DeliveryReceipt.Line(line.getSku(), line.getCounted() == null ? 0 : line.getCounted())).toList());
    }

    private Map<Product, Integer> counted(Delivery delivery, List<Count> counts) {
        if (counts == null) {
            throw ProblemException.badRequest("lines", "lines is required: every SKU of the delivery with the units counted.");
        }
        if (counts.size() > MAX_LINES) {
            throw ProblemException.badRequest("lines", "A receipt has at most " + MAX_LINES + " lines.");
        }
        FieldChecks checks = new FieldChecks();
        Map<Product, Integer> counted = new LinkedHashMap<>();
        Set<String> noneOfUnknown = new HashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            String field = "lines[" + i + "]";
            Count count = counts.get(i);
            Integer units = checks.check(() -> between(field + ".counted", wholeNumber(field + ".counted", count == null ? null
                    : count.counted()), 0, MAX_UNITS));
            // A SKU on the note that this branch's catalogue does not hold (yet) can only be received as none.
            String sku = count == null || count.sku() == null ? null : count.sku().trim().toUpperCase(Locale.ROOT);
            if (Integer.valueOf(0).equals(units) && delivery.getLines().stream().anyMatch(line -> line.getSku().equals(sku))
                    && catalog.byCode(sku).isEmpty()) {
                noneOfUnknown.add(sku);
                continue;
            }
            Product product = checks.check(() -> GoodsLines.product(catalog, field + ".sku", count == null ? null : count.sku()));
            if (product != null && counted.containsKey(product)) {
                checks.add(ProblemException.unprocessable(field + ".sku", product.getSku() + " is listed twice."));
            } else if (product != null && units != null) {
                counted.put(product, units);
            }
        }
        checks.done();
        List<String> missing = delivery.getLines().stream().map(line -> line.getSku())
                .filter(sku -> !noneOfUnknown.contains(sku) && counted.keySet().stream().noneMatch(p -> p.getSku().equals(sku))).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("lines", "List every SKU of the delivery, with 0 when none came; missing: "
                    + String.join(", ", missing) + ".");
        }
        return counted;
    }
}
