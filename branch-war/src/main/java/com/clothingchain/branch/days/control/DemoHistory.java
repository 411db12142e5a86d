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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/**
 * Demo mode only: a new branch starts with {@code chain.demo.history-days} closed days before its first (none by
 * default; {@code ./chain.sh} asks for 60), as if it had been running, with their reports queued in the outbox, so
 * they reach HQ the way every day does. The figures are the same on every start (seeded by branch and date).
 */
@ApplicationScoped
@Transactional
public class DemoHistory {

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BusinessDays days;

    @Inject
    Outbox outbox;

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
        if (historyDays <= 0 || closed > 0 || days.recent(2).size() > 1) {
            return;
        }
        LocalDate first = days.open().getBusinessDate();
        String code = site.code().orElse("DEMO");
        for (int back = historyDays; back >= 1; back--) {
            LocalDate date = first.minusDays(back);
            DayTotals totals = figures(code, date);
            BusinessDay day = new BusinessDay(date, clock.instant());
            day.close(totals, clock.instant(), "demo history");
            em.persist(day);
            em.flush();
            outbox.queueDailyReport(date, totals);
        }
    }

    /** A plausible day of a small shop: more sales at weekends. */
    static DayTotals figures(String code, LocalDate date) {
        Random random = new Random(code.hashCode() * 31L + date.toEpochDay());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        int transactions = (weekend ? 90 : 50) + random.nextInt(40);
        BigDecimal revenue = BigDecimal.valueOf(transactions * (2_500L + random.nextInt(3_500)), 2);
        BigDecimal loss = BigDecimal.valueOf(random.nextInt(15_000), 2);
        return new DayTotals(revenue, loss, transactions);
    }
}
