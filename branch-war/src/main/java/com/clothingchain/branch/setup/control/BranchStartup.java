package com.clothingchain.branch.setup.control;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.control.DemoHistory;
import com.clothingchain.branch.days.control.EndOfDay;
import com.clothingchain.branch.products.control.DemoProducts;
import com.clothingchain.branch.sync.control.Registration;
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
 * Migrates the branch's schema before anything uses it, then makes sure somebody can sign in, asks HQ who the
 * branch is (its time zone decides the business date), opens the first business day, and closes every day that
 * ended while the branch was down.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BranchStartup {

    @Resource(lookup = "java:app/jdbc/branch")
    DataSource dataSource;

    @Inject
    BranchAccounts accounts;

    @Inject
    BusinessDays days;

    @Inject
    DemoProducts demoProducts;

    @Inject
    DemoHistory demoHistory;

    @Inject
    Registration registration;

    @Inject
    EndOfDay endOfDay;

    @Inject
    @ConfigProperty(name = "chain.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "chain.admin.initial-password")
    Optional<String> initialAdminPassword;

    /** Each step in its own transaction: the lifecycle callback itself runs in none (the class-level attribute does not apply to it). */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        SchemaMigration.migrate(dataSource, "classpath:db/migration/branch", BranchStartup.class.getClassLoader());
        accounts.prepareSignIn(demo, initialAdminPassword);
        registration.verify();
        days.openFirstDay();
        endOfDay.closeDueDays();
        if (demo) {
            demoProducts.addIfEmpty();
            demoHistory.addIfNew();
        }
    }
}
