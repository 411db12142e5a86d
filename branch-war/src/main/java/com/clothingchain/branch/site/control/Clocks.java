package com.clothingchain.branch.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The one clock of the branch: every "now" comes from here. {@code chain.clock.offset} (e.g. {@code -P3D})
 * shifts it, for tests and demos that need another day; production leaves it at zero.
 */
@ApplicationScoped
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

    @Inject
    @ConfigProperty(name = "chain.clock.offset", defaultValue = "PT0S")
    Duration offset;

    @Produces
    Clock clock() {
        return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
    }

    void warnIfShifted(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!offset.isZero()) {
            LOG.warning("chain.clock.offset is " + offset + ": this branch's clock is shifted. Never do this in production.");
        }
    }
}
