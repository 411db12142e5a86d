package com.clothingchain.shared.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/** Brings a site's database schema up to date with the Flyway migrations the site ships. */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    /**
     * Servers starting together on one MySQL database take turns: Flyway holds a named lock (GET_LOCK) while it
     * applies each migration and waits for it as long as another server holds it, so each migration is applied once,
     * by whichever server gets to it first.
     */
    public static MigrateResult migrate(DataSource dataSource, String location, ClassLoader classLoader) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location)
                .load();
        MigrateResult result = flyway.migrate();
        // the schema's version, which another server may have taken further than this one's last migration
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migrations applied now by this server, " + result.database + ")");
        return result;
    }
}
