package com.clothingchain.branch.goods.control;

import com.clothingchain.branch.sync.control.HqConnection;
import com.clothingchain.branch.goods.entity.TransferRequest;
import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.TransferRequestState;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls this branch's new deliveries from HQ every {@code chain.deliveries.poll-interval} (PT0S: only when a clerk asks),
 * those numbered after the last one held, each page kept in its own transaction; in the same round the requests for
 * goods made of this branch (after the last HQ number held), and how this branch's own open requests stand at HQ.
 * HQ never calls a branch.
 */
@Singleton
@Startup
@DependsOn("BranchStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryPuller {

    private static final Logger LOG = Logger.getLogger(DeliveryPuller.class.getName());
    private static final int MAX_PAGES = 20;

    private static final int OPEN_REQUESTS_ASKED = 50;

    /** What a pull did: how many deliveries were new, or why it could not ask HQ. */
    public record Pulled(int added, String problem) {
    }

    @Resource
    TimerService timers;

    @Inject
    HqConnection hq;

    @Inject
    GoodsIn goods;

    @Inject
    TransferRequests requests;

    @Inject
    @ConfigProperty(name = "chain.deliveries.poll-interval", defaultValue = "PT1M")
    Duration pollInterval;

    private final AtomicBoolean pulling = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (pollInterval.toMillis() > 0) {
            timers.createIntervalTimer(2000, pollInterval.toMillis(), new TimerConfig("delivery-puller", false));
        }
    }

    @Timeout
    void onTimer() {
        Pulled pulled = pull();
        if (pulled.problem() != null) {
            LOG.fine(() -> "Deliveries not pulled: " + pulled.problem());
        }
    }

    /** Asks HQ now; one pull at a time (a second answers that one is under way). */
    public Pulled pull() {
        var missing = hq.missingConfiguration();
        if (missing.isPresent()) {
            return new Pulled(0, missing.get());
        }
        if (!pulling.compareAndSet(false, true)) {
            return new Pulled(0, "HQ is being asked already.");
        }
        int added = 0;
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                HqConnection.Answer answer = hq.deliveries(goods.lastNumber());
                if (!answer.isSuccess()) {
                    return new Pulled(added, "HQ did not answer: " + answer.detail());
                }
                List<DeliveryNote> notes = Arrays.asList(answer.as(DeliveryNote[].class));
                if (notes.isEmpty()) {
                    break;
                }
                added += goods.store(notes);
            }
            String problem = pullRequests();
            return new Pulled(added, problem);
        } catch (IOException e) {
            return new Pulled(added, "HQ is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Pulled(added, "interrupted");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Storing HQ's deliveries failed; the next round tries again", e);
            return new Pulled(added, "The deliveries could not be stored: " + e.getMessage());
        } finally {
            pulling.set(false);
        }
    }

    /** The requests made of this branch, then the answers to its own open ones; what went wrong, or null. */
    private String pullRequests() throws IOException, InterruptedException {
        for (int page = 0; page < MAX_PAGES; page++) {
            HqConnection.Answer answer = hq.transferRequests(requests.lastNumber());
            if (!answer.isSuccess()) {
                return "HQ did not answer about transfer requests: " + answer.detail();
            }
            List<TransferRequestState> states = Arrays.asList(answer.as(TransferRequestState[].class));
            if (states.isEmpty()) {
                break;
            }
            requests.store(states);
        }
        for (TransferRequest own : requests.openOutgoing(OPEN_REQUESTS_ASKED)) {
            HqConnection.Answer answer = hq.ownTransferRequest(own.getId());
            if (answer.isSuccess()) {
                requests.answered(own.getId(), answer.as(TransferRequestState.class));
            }
        }
        return null;
    }
}
