package com.clothingchain.branch.products.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The branch's copy of HQ's catalogue in the health output: the version held, the last pull and its error. Always
 * UP: a branch sells from what it holds while HQ is away.
 */
@Liveness
@ApplicationScoped
public class CatalogueHealth implements HealthCheck {

    @Inject
    CatalogueReplica replica;

    /** Created at start: WildFly runs health checks on a management thread that can not look up the application's resources. */
    void createAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // being called created the bean
    }

    @Override
    public HealthCheckResponse call() {
        CatalogueReplica.State state = replica.state();
        var response = HealthCheckResponse.named("catalogue").up().withData("version", state.version())
                .withData("pulledAt", state.pulledAt() == null ? "never" : state.pulledAt().toString());
        if (state.lastError() != null) {
            response.withData("lastError", state.lastError());
        }
        return response.build();
    }
}
