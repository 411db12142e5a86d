package com.clothingchain.branch.days.control;

import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.days.entity.DayTotals;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.sync.control.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockMovement;
import com.clothingchain.shared.money.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo mode only: a new branch starts with {@code chain.demo.history-days} closed days before its first (none by
 * default; {@code ./chain.sh} asks for 60), as if it had been running, with their reports queued in the outbox, so
 * they reach HQ the way every day does: its sales, returns and write-offs are booked in the stock ledger per variant,
 * so the figures per variant add up to the days' reports. The figures are the same on every start (seeded by branch
 * and date).
 */
@ApplicationScoped
@Transactional
public class DemoHistory {

    private static final int PRODUCTS = 40;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BusinessDays days;

    @Inject
    Outbox outbox;

    @Inject
    Catalog catalog;

    @Inject
    Stock stock;

    @Inject
    BranchSite site;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chain.demo.history-days", defaultValue = "0")
    int historyDays;

    public void addIfNew() {
        long closed = em.createQuery("select count(d) from BusinessDay d where d.status = :closed", Long.class)
                .setParameter("closed", BusinessDay.Status.CLOSED).getSingleResult();
        List<Product> products = catalog.search(null, true, 0, PRODUCTS);
        if (historyDays <= 0 || closed > 0 || days.recent(2).size() > 1 || products.isEmpty()) {
            return;
        }
        LocalDate first = days.open().getBusinessDate();
        String code = site.code().orElse("DEMO");
        for (int back = historyDays; back >= 1; back--) {
            LocalDate date = first.minusDays(back);
            BusinessDay day = new BusinessDay(date, clock.instant());
            em.persist(day);
            em.flush();
            DayTotals totals = trade(code, date, products, back == historyDays);
            day.close(totals, clock.instant(), "demo history");
            outbox.queueClosedDay(date, totals);
        }
    }

    /**
     * A plausible day of a small shop, booked in the stock ledger as the day's sales, returns and write-offs per
     * variant (one movement of each kind per variant), and its totals: what those add up to. More sales at weekends;
     * the first day receives the opening stock, Mondays a delivery of what runs low.
     */
    private DayTotals trade(String code, LocalDate date, List<Product> products, boolean opening) {
        Random random = new Random(code.hashCode() * 31L + date.toEpochDay());
        if (opening || date.getDayOfWeek() == DayOfWeek.MONDAY) {
            for (Product product : products) {
                int missing = (opening ? 40 : 30) - stock.onHand(product);
                if (missing > 0 && (opening || missing > 20)) {
                    stock.move(product, date, StockMovement.Kind.RECEIVED, missing, Money.ZERO, "demo delivery", "demo history");
                }
            }
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        int sales = (weekend ? 50 : 25) + random.nextInt(25);
        int returns = random.nextInt(4);
        Map<Product, int[]> units = new LinkedHashMap<>();
        for (int i = 0; i < sales + returns + 2; i++) {
            Product product = products.get(random.nextInt(products.size()));
            int kind = i < sales ? 0 : i < sales + returns ? 1 : 2;
            units.computeIfAbsent(product, p -> new int[3])[kind] += kind == 0 ? 1 + random.nextInt(2) : 1;
        }
        BigDecimal revenue = Money.ZERO;
        BigDecimal loss = Money.ZERO;
        for (Map.Entry<Product, int[]> entry : units.entrySet()) {
            Product product = entry.getKey();
            int[] u = entry.getValue();
            if (u[0] > 0) {
                BigDecimal amount = Money.times(product.getPrice(), u[0]);
                stock.move(product, date, StockMovement.Kind.SALE, -u[0], amount, "demo sales", "demo history");
                revenue = revenue.add(amount);
            }
            if (u[1] > 0) {
                BigDecimal amount = Money.times(product.getPrice(), u[1]);
                stock.move(product, date, StockMovement.Kind.RETURN, u[1], amount, "demo returns", "demo history");
                revenue = revenue.subtract(amount);
            }
            if (u[2] > 0 && random.nextInt(3) == 0) {
                BigDecimal value = Money.times(product.getPrice(), u[2]);
                stock.move(product, date, StockMovement.Kind.LOSS, -u[2], value, "demo write-off", "demo history");
                loss = loss.add(value);
            }
        }
        return new DayTotals(revenue, loss, sales + returns);
    }
}
