package com.clothingchain.branch.sync.control;

import com.clothingchain.branch.site.control.Verification;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.goods.control.GoodsIn;
import com.clothingchain.branch.goods.control.TransferRequests;
import com.clothingchain.branch.goods.control.Transfers;
import com.clothingchain.branch.tills.control.Tills;
import com.clothingchain.contract.DailyRevenueRecord;
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
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due calls from the outbox to HQ, oldest first, one sender at a time, every
 * {@code chain.sync.poll-interval}. 2xx: SENT. Network errors, 5xx, 408, 429, and any answer that is not HQ's
 * own problem detail (e.g. a 404 page while HQ is still deploying): retried with back-off. 401/403: HQ refuses
 * the branch's key, not the report; postponed until the branch is accepted again. Any other 4xx problem:
 * REJECTED with HQ's detail, for a manager to look at; later dates still go out.
 * Each outcome is stored in its own transaction; nothing is held open while waiting for HQ.
 */
@Singleton
@Startup
@DependsOn("BranchStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportSender {

    private static final Logger LOG = Logger.getLogger(ReportSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Inject
    Outbox outbox;

    @Inject
    HqConnection hq;

    @Inject
    Registration registration;

    @Inject
    BusinessDays days;

    @Inject
    GoodsIn goods;

    @Inject
    Transfers transfers;

    @Inject
    TransferRequests requests;

    @Inject
    Tills tills;

    @Inject
    @ConfigProperty(name = "chain.sync.poll-interval", defaultValue = "PT5S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "chain.sync.retry.first", defaultValue = "PT30S")
    Duration firstRetry;

    @Inject
    @ConfigProperty(name = "chain.sync.retry.max", defaultValue = "PT15M")
    Duration maxRetry;

    private final AtomicBoolean sending = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(pollInterval.toMillis(), pollInterval.toMillis(), new TimerConfig("report-sender", false));
    }

    @Timeout
    public void sendDue() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            var due = outbox.due(BATCH);
            if (due.isEmpty()) {
                return;
            }
            Verification identity = registration.verifyUnlessFresh();
            for (ServiceCall call : due) {
                if (identity.isVerified()) {
                    send(call);
                } else if (identity.needsAttention()) {
                    outbox.postponed(call.getId(), identity.detail(), maxRetry);
                } else {
                    outbox.failed(call.getId(), null, identity.detail(), retryDelay(call));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending reports to HQ failed; the next round tries again", e);
        } finally {
            sending.set(false);
        }
    }

    private void send(ServiceCall call) {
        try {
            HqConnection.Answer answer = switch (call.getCallName()) {
                case ServiceCall.SEND_VARIANT_FIGURES ->
                        hq.variantFigures(call.getBusinessDate(), days.variantFigures(call.getBusinessDate(), call.getRevision()));
                case ServiceCall.SEND_GOODS_RECEIVED -> {
                    long number = Long.parseLong(call.getSubject());
                    yield hq.deliveryReceipt(number, goods.receipt(number));
                }
                case ServiceCall.SEND_TRANSFER -> {
                    long id = Long.parseLong(call.getSubject());
                    yield hq.transfer(id, transfers.note(id));
                }
                case ServiceCall.SEND_TRANSFER_REQUEST -> {
                    long id = Long.parseLong(call.getSubject());
                    yield hq.transferRequest(id, requests.note(id));
                }
                case ServiceCall.SEND_TRANSFER_REQUEST_ANSWER -> {
                    long id = Long.parseLong(call.getSubject());
                    yield hq.transferRequestAnswer(requests.require(id).getHqNumber(), requests.answer(id));
                }
                case ServiceCall.SEND_TILL_SESSION -> {
                    int zNumber = Integer.parseInt(call.getSubject());
                    yield hq.tillSession(zNumber, tills.sessionReport(zNumber));
                }
                default -> hq.report(call);
            };
            int status = answer.status();
            if (answer.isSuccess()) {
                outbox.sent(call.getId(), call.getRevision(), status, receivedAt(answer));
            } else if (!answer.isRefusalByHq() || status == 408 || status == 429) {
                outbox.failed(call.getId(), status, "HQ could not take the report (" + answer.detail() + ")", retryDelay(call));
            } else if (status == 401 || status == 403) {
                String refusal = "HQ refused this branch's key (" + answer.detail() + ")";
                registration.distrust(refusal + ".");
                outbox.postponed(call.getId(), refusal, retryDelay(call));
            } else {
                LOG.warning("HQ rejected " + call.getCallName() + " " + call.getSubject() + " of " + call.getBusinessDate() + ": "
                        + answer.detail());
                outbox.rejected(call.getId(), call.getRevision(), status, answer.detail());
            }
        } catch (IOException e) {
            outbox.failed(call.getId(), null, "HQ unreachable: " + e, retryDelay(call));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Duration retryDelay(ServiceCall call) {
        return new Backoff(firstRetry, maxRetry).delayAfter(call.getAttempts() + 1, ThreadLocalRandom.current().nextDouble());
    }

    private static Instant receivedAt(HqConnection.Answer answer) {
        try {
            return answer.as(DailyRevenueRecord.class).receivedAt();
        } catch (RuntimeException missingOrUnreadable) {
            return null;
        }
    }
}
