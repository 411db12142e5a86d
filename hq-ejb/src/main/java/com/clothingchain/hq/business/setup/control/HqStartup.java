package com.clothingchain.hq.business.setup.control;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.catalogue.control.DemoCatalogue;
import com.clothingchain.hq.business.tills.control.DemoTills;
import com.clothingchain.shared.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Migrates the HQ schema before anything uses it, then makes sure somebody can sign in. Several HQ servers may start
 * together on one database: the migrations and each first-start step take turns (see {@link SchemaMigration} and
 * {@link com.clothingchain.shared.persistence.FirstStartLock}), so what one server made the others find.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HqStartup {

    @Resource(lookup = "java:app/jdbc/hq")
    DataSource dataSource;

    @Inject
    HqAccounts accounts;

    @Inject
    DemoCatalogue demoCatalogue;

    @Inject
    DemoTills demoTills;

    @Inject
    @ConfigProperty(name = "chain.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "chain.admin.initial-password")
    Optional<String> initialAdminPassword;

    @PostConstruct
    void start() {
        SchemaMigration.migrate(dataSource, "classpath:db/migration/hq", HqStartup.class.getClassLoader());
        accounts.prepareSignIn(demo, initialAdminPassword);
        if (demo) {
            demoCatalogue.createIfEmpty();
            demoTills.createIfEmpty();
        }
    }
}
