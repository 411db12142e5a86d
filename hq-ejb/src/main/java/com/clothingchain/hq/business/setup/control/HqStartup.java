package com.clothingchain.hq.business.setup.control;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
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
import java.util.Set;
import java.util.logging.Logger;

/**
 * Migrates HQ's schema before anything uses it, then makes sure somebody can sign in: the demo accounts
 * in demo mode, otherwise an {@code hq-admin} with the password an admin configured for the first start.
 * There is no default password outside demo mode.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HqStartup {

    private static final Logger LOG = Logger.getLogger(HqStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/hq")
    DataSource dataSource;

    @Inject
    HqAccounts accounts;

    @Inject
    @ConfigProperty(name = "chain.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "chain.admin.initial-password")
    Optional<String> initialAdminPassword;

    @PostConstruct
    void start() {
        SchemaMigration.migrate(dataSource, "classpath:db/migration/hq", HqStartup.class.getClassLoader());
        if (demo) {
            LOG.warning("DEMO MODE: demo accounts with published passwords exist. Never run demo mode in production.");
            accounts.ensure("hq-admin", "HQ Administrator", "demo-admin-pw", Set.of(HqAccounts.ADMIN, HqAccounts.MANAGER));
            accounts.ensure("hq-manager", "HQ Manager", "demo-manager-pw", Set.of(HqAccounts.MANAGER));
        } else if (accounts.isEmpty()) {
            initialAdminPassword.ifPresentOrElse(
                    password -> accounts.create("hq-admin", "HQ Administrator", password, Set.of(HqAccounts.ADMIN, HqAccounts.MANAGER)),
                    () -> LOG.warning("HQ has no user accounts: set chain.admin.initial-password (CHAIN_ADMIN_INITIAL_PASSWORD)"
                            + " for the first start to create hq-admin."));
        }
    }
}
