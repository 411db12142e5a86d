package com.clothingchain.hq.business.branches.control;

import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.revenue.entity.DailyRevenue;
import com.clothingchain.hq.business.revenue.entity.DailyRevenueRevision;
import com.clothingchain.hq.business.revenue.entity.DailyRevenueTender;
import com.clothingchain.hq.business.tills.entity.TaxRateEntry;
import com.clothingchain.hq.business.tills.entity.TenderEntry;
import com.clothingchain.hq.business.tills.entity.TillSessionEntry;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.persistence.SchemaMigration;
import jakarta.persistence.EntityManager;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * HQ's registry, tills and daily reports outside a server, for the tests: H2 in memory, migrated by HQ's real scripts,
 * with Hibernate over it; an audit trail that keeps what it is told in {@link #audited}.
 */
public final class HqTestDatabase implements AutoCloseable {

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final SessionFactory factory;
    public final List<String> audited = new ArrayList<>();

    /** HQ's schema, with the registry's, tills' and daily reports' entities and any {@code more} a test needs. */
    public HqTestDatabase(String name, Class<?>... more) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        h2.setURL(url);
        SchemaMigration.migrate(h2, "classpath:db/migration/hq", HqTestDatabase.class.getClassLoader());
        Configuration configuration = new Configuration().addAnnotatedClass(Branch.class).addAnnotatedClass(DailyRevenue.class)
                .addAnnotatedClass(DailyRevenueRevision.class).addAnnotatedClass(DailyRevenueTender.class)
                .addAnnotatedClass(TaxRateEntry.class).addAnnotatedClass(TenderEntry.class)
                .addAnnotatedClass(TillSessionEntry.class);
        for (Class<?> entity : more) {
            configuration.addAnnotatedClass(entity);
        }
        factory = configuration.setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("jakarta.persistence.jdbc.url", url).buildSessionFactory();
    }

    public DataSource dataSource() {
        return h2;
    }

    /** Runs {@code work} in a transaction, committed unless it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            try {
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }

    public AuditTrail audit(EntityManager em) {
        return new AuditTrail() {
            @Override
            protected EntityManager entityManager() {
                return em;
            }

            @Override
            public void record(AuditType event, String subject, String detail) {
                audited.add(event + " " + subject + ": " + detail);
            }
        };
    }

    public BranchRegistry registry(EntityManager em) {
        var registry = new BranchRegistry();
        registry.em = em;
        registry.audit = audit(em);
        return registry;
    }

    /** A branch registered {@code daysAgo} days ago in UTC. */
    public Branch branch(String code, String currency, int daysAgo) {
        return inTransaction(em -> {
            var branch = new Branch(code, "Branch " + code, "Somewhere", "http://localhost/branch/", ZoneId.of("UTC"), currency,
                    LocalDate.now(ZoneId.of("UTC")).minusDays(daysAgo));
            branch.issueKey(String.format("%064d", Math.abs(code.hashCode())), Instant.parse("2026-01-01T00:00:00Z"));
            em.persist(branch);
            return branch;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
