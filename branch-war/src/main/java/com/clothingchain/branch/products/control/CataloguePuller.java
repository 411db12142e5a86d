package com.clothingchain.branch.products.control;

import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.sync.control.HqConnection;
import com.clothingchain.contract.CataloguePage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls HQ's catalogue feed at start and then every {@code chain.catalogue.poll-interval}: page after page from the
 * version the branch holds until it is caught up, each page in its own transaction. HQ never calls a branch; while
 * HQ is away the branch sells from what it holds, and the next pull asks again from there.
 */
@Singleton
@Startup
@DependsOn("BranchStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CataloguePuller {

    private static final Logger LOG = Logger.getLogger(CataloguePuller.class.getName());
    static final int PAGE = 500;
    /** Enough for any catalogue (500,000 changes) in one round; the rest waits for the next one. */
    private static final int MAX_PAGES = 1000;

    @Resource
    TimerService timers;

    @Inject
    HqConnection hq;

    @Inject
    CatalogueReplica replica;

    @Inject
    BusinessDays days;

    @Inject
    @ConfigProperty(name = "chain.catalogue.poll-interval", defaultValue = "PT1M")
    Duration pollInterval;

    private final AtomicBoolean pulling = new AtomicBoolean();

    /** A zero interval turns pulling off (a branch that sells only its own products, e.g. in tests of other things). */
    @PostConstruct
    void schedule() {
        if (pollInterval.toMillis() > 0) {
            timers.createIntervalTimer(1000, pollInterval.toMillis(), new TimerConfig("catalogue-puller", false));
        }
    }

    @Timeout
    public void pull() {
        if (hq.missingConfiguration().isPresent() || !pulling.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int pages = 0; pages < MAX_PAGES; pages++) {
                long since = replica.state().version();
                HqConnection.Answer answer = hq.catalogue(since, PAGE);
                if (!answer.isSuccess()) {
                    replica.failed(answer.detail());
                    return;
                }
                CataloguePage page = answer.as(CataloguePage.class);
                replica.apply(page, days.open().getBusinessDate());
                if (!page.more()) {
                    return;
                }
            }
        } catch (IOException e) {
            replica.failed("HQ is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Applying HQ's catalogue failed; the next round tries again", e);
            replica.failed("The catalogue could not be applied: " + e.getMessage());
        } finally {
            pulling.set(false);
        }
    }
}
