package com.clothingchain.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Readiness of a site: its database answers. Each site subclasses it as a {@code @Readiness} bean. */
public abstract class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    protected abstract DataSource dataSource();

    /**
     * Creates the check (and injects its data source) while the application starts: WildFly calls health
     * checks on a management thread, where the application's java:app names cannot be looked up.
     */
    void createAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // nothing more to do: being called created the bean
    }

    protected abstract String name();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(name());
        try (Connection connection = dataSource().getConnection()) {
            return response.status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
