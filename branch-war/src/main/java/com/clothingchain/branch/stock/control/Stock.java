package com.clothingchain.branch.stock.control;

import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.stock.entity.StockLevel;
import com.clothingchain.branch.stock.entity.StockMovement;
import com.clothingchain.branch.stock.entity.StockMovement.Kind;
import com.clothingchain.contract.VariantDayFigures;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.FieldChecks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.clothingchain.shared.problem.Fields.between;
import static com.clothingchain.shared.problem.Fields.optionalText;

/**
 * The stock ledger: every movement of a variant, and its on-hand kept in the same transaction. Callers book a
 * movement while holding the open day's lock ({@code BusinessDays.lockForBooking}), as every booking does, so movements
 * of one variant never interleave and each one's {@code onHandAfter} is exact.
 */
@Stateless
public class Stock {

    private static final int IDS_PER_QUERY = 1_000;
    private static final int MAX_COUNTED = 99_999;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Catalog catalog;

    @Inject
    BusinessDays days;

    @Inject
    BranchAuditTrail audit;

    /** Books {@code quantity} (signed: a sale −2, a return +1) of a variant; never refused for want of stock. */
    public StockMovement move(Product product, LocalDate businessDate, Kind kind, int quantity, BigDecimal amount, String reference,
                              String clerk) {
        Instant now = clock.instant();
        StockLevel level = em.find(StockLevel.class, product.getId());
        if (level == null) {
            level = new StockLevel(product, now);
            em.persist(level);
        }
        var movement = new StockMovement(product, businessDate, kind, quantity, level.move(quantity, now), Money.of(amount),
                reference, clerk, now);
        em.persist(movement);
        return movement;
    }

    /**
     * A manager counted a variant on the shelf: the difference from the books is booked as a count adjustment on the open
     * date (nothing when they agree), and audited.
     */
    public int recount(String sku, Integer counted, String note, LocalDate requestedDate, String manager) {
        FieldChecks checks = new FieldChecks();
        Integer validCount = checks.check(() -> between("counted", counted, 0, MAX_COUNTED));
        String validNote = checks.check(() -> optionalText("note", note, 200));
        checks.done();
        Product product = catalog.require(sku);
        BusinessDay day = days.lockForBooking(requestedDate);
        int difference = validCount - onHand(product);
        if (difference != 0) {
            move(product, day.getBusinessDate(), Kind.COUNT, difference, Money.ZERO, validNote == null ? "recount" : validNote, manager);
            audit.record(AuditType.STOCK_RECOUNTED, product.getSku(), "counted " + validCount + ", " + (difference > 0 ? "+" : "")
                    + difference + (validNote == null ? "" : ": " + validNote));
        }
        return validCount;
    }

    public int onHand(Product product) {
        StockLevel level = em.find(StockLevel.class, product.getId());
        return level == null ? 0 : level.getOnHand();
    }

    /** On-hand of each of these variants by SKU (0 for one that never moved). */
    public Map<String, Integer> onHand(List<Product> products) {
        Map<String, Integer> levels = new HashMap<>();
        products.forEach(p -> levels.put(p.getSku(), 0));
        if (!products.isEmpty()) {
            em.createNamedQuery(StockLevel.OF_PRODUCTS, StockLevel.class).setParameter("products", products).getResultStream()
                    .forEach(l -> levels.put(l.getProduct().getSku(), l.getOnHand()));
        }
        return levels;
    }

    /** The latest movements of a variant, newest first. */
    public List<StockMovement> movements(Product product, int limit) {
        return em.createNamedQuery(StockMovement.OF_PRODUCT, StockMovement.class).setParameter("product", product)
                .setMaxResults(limit).getResultList();
    }

    /** Variants with less than nothing on hand: sold or written off beyond what was booked in, for a manager to count. */
    public List<StockLevel> negative(int limit) {
        return em.createNamedQuery(StockLevel.NEGATIVE, StockLevel.class).setMaxResults(limit).getResultList();
    }

    public long countNegative() {
        return em.createNamedQuery(StockLevel.COUNT_NEGATIVE, Long.class).getSingleResult();
    }

    /**
     * What each variant did on a business date: sold, returned and written off (units and amounts, from the ledger),
     * and its on-hand after the date's last movement; every variant that moved that date, by SKU.
     */
    public List<VariantDayFigures> dayFigures(LocalDate businessDate) {
        Map<String, DayOfVariant> days = new TreeMap<>();
        em.createNamedQuery(StockMovement.DAY_FIGURES, Object[].class).setParameter("date", businessDate).getResultStream()
                .forEach(r -> days.computeIfAbsent((String) r[0], sku -> new DayOfVariant())
                        .add((Kind) r[1], ((Number) r[2]).intValue(), money(r[3]), ((Number) r[4]).longValue()));
        Map<Long, Integer> after = new HashMap<>();
        List<Long> ids = days.values().stream().map(d -> d.lastMovement).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            em.createNamedQuery(StockMovement.LEVELS_AFTER, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))).getResultStream()
                    .forEach(r -> after.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        List<VariantDayFigures> figures = new ArrayList<>(days.size());
        days.forEach((sku, d) -> figures.add(new VariantDayFigures(sku, d.sold, d.soldAmount, d.returned, d.returnedAmount, d.lost,
                d.lossValue, after.get(d.lastMovement))));
        return figures;
    }

    /** One variant's movements of a date, added up by kind. */
    private static final class DayOfVariant {
        int sold;
        int returned;
        int lost;
        BigDecimal soldAmount = Money.ZERO;
        BigDecimal returnedAmount = Money.ZERO;
        BigDecimal lossValue = Money.ZERO;
        long lastMovement;

        void add(Kind kind, int quantity, BigDecimal amount, long lastId) {
            switch (kind) {
                case SALE -> { sold -= quantity; soldAmount = soldAmount.add(amount); }
                case RETURN -> { returned += quantity; returnedAmount = returnedAmount.add(amount); }
                case LOSS -> { lost -= quantity; lossValue = lossValue.add(amount); }
                default -> { }
            }
            lastMovement = Math.max(lastMovement, lastId);
        }
    }

    private static BigDecimal money(Object sum) {
        return Money.of(sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString()));
    }
}
