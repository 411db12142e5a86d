package com.clothingchain.shared.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/** Brings a site's database schema up to date with the Flyway migrations the site ships. */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource, String location, ClassLoader classLoader) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
        return result;
    }
}
