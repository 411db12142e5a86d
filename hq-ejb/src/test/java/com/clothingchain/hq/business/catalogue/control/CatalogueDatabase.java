package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.Category;
import com.clothingchain.hq.business.catalogue.entity.Price;
import com.clothingchain.hq.business.catalogue.entity.SizeScale;
import com.clothingchain.hq.business.catalogue.entity.Style;
import com.clothingchain.hq.business.catalogue.entity.Variant;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.persistence.SchemaMigration;
import jakarta.persistence.EntityManager;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * HQ's catalogue outside a server, for the tests: H2 in memory, migrated by HQ's real scripts, with Hibernate over it
 * and the control classes given its entity manager (an audit trail that records nothing).
 */
final class CatalogueDatabase implements AutoCloseable {

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final SessionFactory factory;

    CatalogueDatabase(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        h2.setURL(url);
        SchemaMigration.migrate(h2, "classpath:db/migration/hq", CatalogueDatabase.class.getClassLoader());
        factory = new Configuration().addAnnotatedClass(SizeScale.class).addAnnotatedClass(Category.class)
                .addAnnotatedClass(Style.class).addAnnotatedClass(Variant.class).addAnnotatedClass(Price.class)
                .setProperty("jakarta.persistence.jdbc.url", url).buildSessionFactory();
    }

    void sql(String... statements) {
        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} in a transaction, committed unless it throws. */
    <T> T inTransaction(Function<EntityManager, T> work) {
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

    static Catalogue catalogue(EntityManager em) {
        var catalogue = new Catalogue();
        catalogue.em = em;
        catalogue.audit = new AuditTrail() {
            @Override
            protected EntityManager entityManager() {
                return em;
            }

            @Override
            public void record(AuditType event, String subject, String detail) {
            }
        };
        return catalogue;
    }

    static CatalogueExport export(EntityManager em, int page) {
        var export = new CatalogueExport();
        export.em = em;
        export.page = page;
        return export;
    }

    @Override
    public void close() {
        factory.close();
    }
}
