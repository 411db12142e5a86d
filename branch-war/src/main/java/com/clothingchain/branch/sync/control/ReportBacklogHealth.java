package com.clothingchain.branch.sync.control;

import com.clothingchain.branch.site.control.BranchSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The reports waiting for HQ and whether HQ accepts the branch, in the health output for monitoring. Always UP:
 * shops keep selling while HQ is away or refuses the key, and a restart would fix neither.
 */
@Liveness
@ApplicationScoped
public class ReportBacklogHealth implements HealthCheck {

    @Inject
    Outbox outbox;

    @Inject
    BranchSite site;

    /** Created at start: WildFly runs health checks on a management thread that can not look up the application's resources. */
    void createAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // being called created the bean
    }

    @Override
    public HealthCheckResponse call() {
        Outbox.Backlog backlog = outbox.backlog();
        var response = HealthCheckResponse.named("hq-reports")
                .up()
                .withData("hq", site.verification().outcome().name())
                .withData("pending", backlog.pending())
                .withData("rejected", backlog.rejected());
        if (backlog.oldestPending() != null) {
            response.withData("oldestPending", backlog.oldestPending().toString());
        }
        if (backlog.lastError() != null) {
            response.withData("lastError", backlog.lastError());
        }
        return response.build();
    }
}
