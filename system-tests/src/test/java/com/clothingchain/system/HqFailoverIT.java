package com.clothingchain.system;

import com.clothingchain.system.runtime.PayaraServer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ on two servers behind HAProxy ({@link HqCluster}): while branches report their day through the balancer, retrying
 * as their outbox does, the server an HQ manager is signed in at is killed. Every report is acknowledged and stored
 * exactly once, and the manager's next page view works at the other server without signing in again (the session was
 * kept in the data grid).
 * <p>
 * Tag {@code cluster} (the cluster profile, MySQL: two servers can not share an H2 file). It runs after
 * {@link EndOfDayBurstIT}, which needs both servers, on the same cluster.
 */
@Tag("cluster")
@Order(2)
class HqFailoverIT {

    private static final int BRANCHES = 300;

    @Test
    void branchesAndASignedInManagerGoOnWhenTheirServerIsKilled() throws Exception {
        ExecutorService branches = Executors.newFixedThreadPool(16);
        try {
            HqCluster cluster = HqCluster.running();
            URI site = cluster.balancer();
            LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            Map<String, String> keys = new HashMap<>();
            for (int i = 1; i <= BRANCHES; i++) {
                keys.put("HA-" + i, cluster.registerBranch("HA-" + i));
            }
            PageSession manager = PageSession.signIn(URI.create(site + "/hq"), "hq-manager", "demo-manager-pw");
            manager.homeSignedInAs("hq-manager");
            String first = manager.cookieValue("HQ_SERVER");
            PayaraServer managersServer = cluster.server(first);

            AtomicInteger acknowledged = new AtomicInteger();
            AtomicInteger resent = new AtomicInteger();
            List<Future<Integer>> reports = new ArrayList<>();
            keys.forEach((code, key) -> reports.add(branches.submit(
                    () -> reportWithRetries(site, code, key, day, acknowledged, resent))));
            HqCluster.await(Duration.ofMinutes(3), () -> acknowledged.get() >= BRANCHES / 10, "a tenth of the reports acknowledged");
            long killedAt = System.nanoTime();
            int killedAtCount = acknowledged.get();
            managersServer.kill();
            for (Future<Integer> report : reports) {
                int status = report.get();
                assertTrue(status == 200 || status == 201, "each report acknowledged in the end, got " + status);
            }
            long drainMs = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();

            HqCluster.StoredReports stored = cluster.stored("HA-", day);
            assertEquals(BRANCHES, stored.rows(), "every report stored");
            assertEquals(BRANCHES, stored.branches(), "each branch's report once");
            assertEquals(0, expectedRevenueTotal().compareTo(stored.revenue()), "the figures as sent: " + stored.revenue());
            assertEquals(1, stored.maxRevision(), "no report applied twice (a resend changes nothing)");

            HttpResponse<String> nextPage = manager.homeSignedInAs("hq-manager");
            String now = manager.cookieValue("HQ_SERVER");
            assertNotEquals(first, now, "the page came from the other server");
            System.out.printf("HqFailoverIT: %d reports through HAProxy to 2 HQ servers; %s (the manager's) killed after %d"
                            + " acknowledged; all acknowledged %d ms later with %d resends; stored once each; the manager's next"
                            + " page came from %s without signing in (%d)%n",
                    BRANCHES, first, killedAtCount, drainMs, resent.get(), now, nextPage.statusCode());
        } finally {
            branches.shutdownNow();
        }
    }

    /**
     * A branch's day report as its outbox sends it: again after a failed connection or a 5xx (at once, then every
     * 200 ms), until HQ acknowledges it or 2 minutes have passed. Answers the last status.
     */
    private static int reportWithRetries(URI site, String code, String key, LocalDate day, AtomicInteger acknowledged,
                                         AtomicInteger resent) throws InterruptedException {
        URI uri = site.resolve("/hq-api/v1/branches/" + code + "/daily-revenue/" + day);
        String figures = "{\"revenue\":%s,\"loss\":0,\"transactionCount\":1}".formatted(revenueOf(code));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int status = -1;
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            if (attempt > 0) {
                resent.incrementAndGet();
                Thread.sleep(attempt == 1 ? 0 : 200); // the outbox's back-off between attempts, not a wait for a condition
            }
            try {
                status = Http.send("PUT", uri, Http.bearer(key), figures).statusCode();
            } catch (UncheckedIOException lost) {
                continue;
            }
            if (status < 500) {
                break;
            }
        }
        if (status == 200 || status == 201) {
            acknowledged.incrementAndGet();
        }
        return status;
    }

    private static BigDecimal revenueOf(String code) {
        return new BigDecimal(code.substring(3)).add(new BigDecimal("100.25"));
    }

    private static BigDecimal expectedRevenueTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= BRANCHES; i++) {
            total = total.add(revenueOf("HA-" + i));
        }
        return total;
    }
}
