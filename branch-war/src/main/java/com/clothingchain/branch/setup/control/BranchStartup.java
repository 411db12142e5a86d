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
import java.util.logging.Logger;

/**
 * Migrates the branch's schema before anything uses it, then makes sure somebody can sign in: the demo
 * accounts in demo mode, otherwise a {@code manager} with the password an admin configured for the first
 * start. There is no default password outside demo mode.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BranchStartup {

    private static final Logger LOG = Logger.getLogger(BranchStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/branch")
    DataSource dataSource;

    @Inject
    BranchAccounts accounts;

    @Inject
    @ConfigProperty(name = "chain.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "chain.admin.initial-password")
    Optional<String> initialManagerPassword;

    @PostConstruct
    void start() {
        SchemaMigration.migrate(dataSource, "classpath:db/migration/branch", BranchStartup.class.getClassLoader());
        if (demo) {
            LOG.warning("DEMO MODE: demo accounts with published passwords exist. Never run demo mode in production.");
            accounts.ensure("manager", "Branch Manager", "demo-manager-pw", BranchAccounts.MANAGER_ROLES);
            accounts.ensure("clerk", "Sales Clerk", "demo-clerk-pw", BranchAccounts.CLERK_ROLES);
        } else if (accounts.isEmpty()) {
            initialManagerPassword.ifPresentOrElse(
                    password -> accounts.create("manager", "Branch Manager", password, BranchAccounts.MANAGER_ROLES),
                    () -> LOG.warning("The branch has no user accounts: set chain.admin.initial-password"
                            + " (CHAIN_ADMIN_INITIAL_PASSWORD) for the first start to create manager."));
        }
    }
}
