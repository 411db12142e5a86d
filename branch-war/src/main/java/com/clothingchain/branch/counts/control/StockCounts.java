package com.clothingchain.branch.counts.control;

import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.branch.counts.entity.StockCount;
import com.clothingchain.branch.counts.entity.StockCountLine;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockMovement.Kind;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.clothingchain.shared.problem.Fields.between;

/**
 * Every rule of stock counts (see the package's documentation). Each change takes the open day's lock first, as every
 * stock booking does: a line's book quantity is then exactly the on-hand its movements left, and starts, counts,
 * posts and cancels of counts never interleave.
 */
@Stateless
public class StockCounts {

    public static final int MAX_UNITS = 99_999;
    public static final String ALL = "ALL";
    public static final String CATEGORY = "CATEGORY";

    /** A counted line as the manager sees it, or a product of the scope never counted (counted null). */
    public record Variance(Product product, Integer counted, int book, int variance, String countedBy, Instant countedAt) {
    }

    /** The manager's view: lines counted, and the products of the scope nobody counted (only while the count is open). */
    public record Variances(StockCount count, List<Variance> counted, List<Variance> uncounted) {
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
    BranchAuditTrail audit;

    /** A manager starts a count of the whole shop ({@code ALL}) or of one category that exists; one is open at a time. */
    public StockCount start(String scope, String category, String manager) {
        String validCategory = scope(scope, category);
        BusinessDay day = days.lockForBooking(null);
        current().ifPresent(open -> {
            throw ProblemException.conflict(null, "Count " + open.getId() + " of " + open.getScope() + " is open: post or cancel it first.");
        });
        StockCount count = new StockCount(validCategory, day.getBusinessDate(), manager, clock.instant());
        em.persist(count);
        em.flush();
        audit.record(AuditType.STOCK_COUNT_STARTED, "count " + count.getId(), count.getScope());
        return count;
    }

    public Optional<StockCount> current() {
        return em.createNamedQuery(StockCount.OPEN, StockCount.class).getResultStream().findFirst();
    }

    public StockCount require(long id) {
        return Optional.ofNullable(em.find(StockCount.class, id))
                .orElseThrow(() -> ProblemException.notFound("id", "There is no stock count " + id + "."));
    }

    public List<StockCount> latest(int limit) {
        return em.createNamedQuery(StockCount.LATEST, StockCount.class).setMaxResults(limit).getResultList();
    }

    public List<StockCountLine> lines(StockCount count) {
        return em.createNamedQuery(StockCountLine.OF_COUNT, StockCountLine.class).setParameter("count", count.getId()).getResultList();
    }

    /**
     * A clerk scanned {@code units} more (a scan is one) of the product a SKU or barcode names; {@code field} is the
     * request's name for the code ({@code sku} or {@code barcode}), which a refusal names.
     */
    public StockCountLine add(long id, String field, String code, Integer units, String clerk) {
        return count(id, field, code, units, 1, true, clerk);
    }

    /** A clerk counted the product: {@code counted} in all, 0 to {@value #MAX_UNITS}, replacing what was counted before. */
    public StockCountLine set(long id, String field, String code, Integer counted, String clerk) {
        return count(id, field, code, counted, 0, false, clerk);
    }

    /**
     * What was counted against the book quantity of the moment each line was last counted, and while the count is
     * open, the products of its scope nobody counted, against their on-hand now.
     */
    public Variances variances(long id) {
        StockCount count = require(id);
        List<StockCountLine> lines = lines(count);
        List<Variance> counted = lines.stream().map(l -> new Variance(l.getProduct(), l.getCounted(), l.getBookQuantity(),
                l.getVariance(), l.getCountedBy(), l.getCountedAt())).toList();
        return new Variances(count, counted, count.isOpen() ? uncounted(count, lines) : List.of());
    }

    /**
     * A manager approves the count: one {@code COUNT} movement per counted product whose variance is not 0, on the open
     * date; the products nobody counted are set to 0 only when {@code uncountedAreZero}, otherwise left as they are.
     */
    public StockCount post(long id, boolean uncountedAreZero, String manager) {
        BusinessDay day = days.lockForBooking(null);
        StockCount count = requireOpen(id);
        Instant now = clock.instant();
        List<StockCountLine> lines = new ArrayList<>(lines(count));
        int zeroed = 0;
        if (uncountedAreZero) {
            for (Variance missing : uncounted(count, lines)) {
                StockCountLine line = new StockCountLine(count, missing.product());
                line.count(0, missing.book(), manager, now);
                em.persist(line);
                lines.add(line);
                zeroed++;
            }
        }
        int movements = 0;
        int net = 0;
        for (StockCountLine line : lines) {
            if (line.getVariance() != 0) {
                stock.move(line.getProduct(), day.getBusinessDate(), Kind.COUNT, line.getVariance(), Money.ZERO, "count " + id, manager);
                movements++;
                net += line.getVariance();
            }
        }
        count.posted(day.getBusinessDate(), manager, now);
        audit.record(AuditType.STOCK_COUNT_POSTED, "count " + id, count.getScope() + ": " + lines.size() + " products counted"
                + (zeroed == 0 ? "" : " (" + zeroed + " nobody counted set to 0)") + ", " + movements + " adjusted, net "
                + (net > 0 ? "+" : "") + net + " units");
        return count;
    }

    /** A manager cancels an open count: nothing is booked. */
    public StockCount cancel(long id, String manager) {
        days.lockForBooking(null);
        StockCount count = requireOpen(id);
        count.cancelled(manager, clock.instant());
        audit.record(AuditType.STOCK_COUNT_CANCELLED, "count " + id, count.getScope() + ", " + lines(count).size() + " products counted");
        return count;
    }

    private StockCountLine count(long id, String field, String code, Integer units, int min, boolean adding, String clerk) {
        FieldChecks checks = new FieldChecks();
        Integer validUnits = checks.check(() -> between("counted", units, min, MAX_UNITS));
        String validCode = checks.check(() -> code(field, code));
        checks.done();
        days.lockForBooking(null);
        StockCount count = requireOpen(id);
        Product product = catalog.byCode(validCode).orElseThrow(() -> ProblemException.unprocessable(field,
                "This branch has no product " + validCode.trim() + " (is its catalogue up to date?)."));
        if (count.getCategory() != null && !count.getCategory().equals(product.getCategory())) {
            throw ProblemException.unprocessable(field, product.getSku() + " is " + product.getCategory() + ", not part of this count of "
                    + count.getScope() + ".");
        }
        StockCountLine held = em.find(StockCountLine.class, key(count, product));
        StockCountLine line = held == null ? new StockCountLine(count, product) : held;
        int total = adding ? line.getCounted() + validUnits : validUnits;
        if (total > MAX_UNITS) {
            throw ProblemException.unprocessable("counted", "At most " + MAX_UNITS + " units of one product can be counted.");
        }
        line.count(total, stock.onHand(product), clerk, clock.instant());
        if (held == null) {
            em.persist(line);
        }
        return line;
    }

    private StockCount requireOpen(long id) {
        StockCount count = require(id);
        if (!count.isOpen()) {
            throw ProblemException.conflict("id", "Count " + id + " was " + count.getStatus().name().toLowerCase() + " by "
                    + count.getClosedBy() + "; nothing more can change in it.");
        }
        return count;
    }

    /** The products of the scope with no line: those still sold, and any other with stock on the books. */
    private List<Variance> uncounted(StockCount count, List<StockCountLine> lines) {
        Set<Long> seen = lines.stream().map(l -> l.getProduct().getId()).collect(Collectors.toSet());
        List<Product> missing = catalog.inCategory(count.getCategory()).stream().filter(p -> !seen.contains(p.getId())).toList();
        Map<String, Integer> book = stock.onHand(missing);
        return missing.stream().filter(p -> p.isActive() || book.get(p.getSku()) != 0)
                .map(p -> new Variance(p, null, book.get(p.getSku()), -book.get(p.getSku()), null, null)).toList();
    }

    /** The category a count covers, null for the whole shop. */
    private String scope(String scope, String category) {
        boolean named = category != null && !category.isBlank();
        if (ALL.equals(scope)) {
            if (named) {
                throw ProblemException.badRequest("category", "A count of the whole shop has no category.");
            }
            return null;
        }
        if (!CATEGORY.equals(scope)) {
            throw ProblemException.badRequest("scope", "scope is " + ALL + " (the whole shop) or " + CATEGORY + " (one category).");
        }
        if (!named) {
            throw ProblemException.badRequest("category", "Which category? Choose one to count.");
        }
        // Exactly as written first: categories that differ only in case are different categories.
        List<String> categories = catalog.categories();
        String wanted = category.trim();
        return categories.stream().filter(wanted::equals).findFirst()
                .or(() -> categories.stream().filter(wanted::equalsIgnoreCase).findFirst())
                .orElseThrow(() -> ProblemException.unprocessable("category", "No product on sale has the category " + wanted + "."));
    }

    private static String code(String field, String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest(field, "Scan the item, or type its SKU or barcode.");
        }
        if (code.length() > 80) {
            throw ProblemException.badRequest(field, "A SKU or barcode has at most 80 characters.");
        }
        return code.trim();
    }

    private static StockCountLine.Key key(StockCount count, Product product) {
        return StockCountLine.Key.of(count.getId(), product.getId());
    }
}
