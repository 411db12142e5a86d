package com.clothingchain.branch.setup.control;

import com.clothingchain.branch.accounts.control.BranchAccounts;
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

/** Migrates the branch's schema before anything uses it, then makes sure somebody can sign in. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BranchStartup {

    @Resource(lookup = "java:app/jdbc/branch")
    DataSource dataSource;

    @Inject
    BranchAccounts accounts;

    @Inject
    @ConfigProperty(name = "chain.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "chain.admin.initial-password")
    Optional<String> initialAdminPassword;

    @PostConstruct
    void start() {
        SchemaMigration.migrate(dataSource, "classpath:db/migration/branch", BranchStartup.class.getClassLoader());
        accounts.prepareSignIn(demo, initialAdminPassword);
    }
}
