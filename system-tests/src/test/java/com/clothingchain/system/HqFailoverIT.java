package com.clothingchain.system;

import com.clothingchain.system.runtime.Layout;
import com.clothingchain.system.runtime.PayaraServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ on two servers (the built EAR on two Payara Server domains, one MySQL/MariaDB database, one data grid as
 * {@code payara-config/hq-cluster.asadmin} configures it) behind HAProxy ({@code payara-config/haproxy.cfg}, Debian's
 * haproxy): while branches report their day through the balancer, retrying as their outbox does, the server an HQ
 * manager is signed in at is killed. Every report is acknowledged and stored exactly once, and the manager's next page
 * view works at the other server without signing in again (the session was kept in the data grid).
 * <p>
 * MySQL only (tag {@code mysql}, database {@code chain_test_hq_ha}, emptied here): two servers can not share an H2 file.
 */
@Tag("mysql")
class HqFailoverIT {

    private static final String SITE = "hq_ha";
    private static final int[] PORTS = {28096, 28097};
    private static final int[] GRID_PORTS = {5961, 5962};
    private static final int BALANCER_PORT = 28098;
    private static final int BRANCHES = 300;
    private static final String ADMIN = Http.basic("hq-admin", "demo-admin-pw");
    private static final Pattern API_KEY = Pattern.compile("\"apiKey\":\"([^\"]+)\"");

    @Test
    void branchesAndASignedInManagerGoOnWhenTheirServerIsKilled() throws Exception {
        TestChain.emptyMysqlDatabase(SITE);
        Layout layout = Layout.fromSystemProperty();
        Path data = layout.projectDir().resolve("system-tests/target/it-data/hq-failover");
        TestChain.deleteRecursively(data);
        Files.createDirectories(data);
        List<PayaraServer> servers = new ArrayList<>();
        Process balancer = null;
        ExecutorService branches = Executors.newFixedThreadPool(16);
        try {
            for (int i = 0; i < PORTS.length; i++) {
                Map<String, String> env = new HashMap<>(Map.of("CHAIN_DEMO", "true",
                        "CHAIN_SECURITY_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1",
                        "CHAIN_DB_URL", TestChain.mysqlUrl(SITE),
                        "CHAIN_DB_USER", TestChain.required("CHAIN_TEST_MYSQL_USER"),
                        "CHAIN_DB_PASSWORD", TestChain.required("CHAIN_TEST_MYSQL_PASSWORD")));
                PayaraServer server = new PayaraServer("hq" + (i + 1), layout.payaraHome(), data.resolve("domains"),
                        layout.hqEar(), clusterPreBoot(layout, data, i), PORTS[i], env).withSessionsReplicated();
                servers.add(server);
                // One after the other: the second joins the first's data grid instead of two grids merging later.
                server.start();
                server.awaitReady(Duration.ofMinutes(4));
            }
            Process haproxy = startBalancer(layout, data);
            balancer = haproxy;
            URI site = URI.create("http://127.0.0.1:" + BALANCER_PORT);
            await(Duration.ofMinutes(1), () -> {
                assertTrue(haproxy.isAlive(), "HAProxy stopped; see " + data.resolve("haproxy.log"));
                return bothServersAnswer(site);
            }, "HAProxy sends requests to both HQ servers");

            LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            Map<String, String> keys = new HashMap<>();
            for (int i = 1; i <= BRANCHES; i++) {
                String code = "HA-" + i;
                keys.put(code, register(site, code));
            }
            PageSession manager = PageSession.signIn(URI.create(site + "/hq"), "hq-manager", "demo-manager-pw");
            assertSignedIn(manager);
            String first = manager.cookieValue("HQ_SERVER");
            PayaraServer managersServer = servers.stream().filter(s -> s.name().equals(first)).findFirst()
                    .orElseThrow(() -> new AssertionError("HAProxy's HQ_SERVER cookie names no server: " + first));

            AtomicInteger acknowledged = new AtomicInteger();
            AtomicInteger resent = new AtomicInteger();
            List<Future<Integer>> reports = new ArrayList<>();
            keys.forEach((code, key) -> reports.add(branches.submit(
                    () -> reportWithRetries(site, code, key, day, acknowledged, resent))));
            await(Duration.ofMinutes(3), () -> acknowledged.get() >= BRANCHES / 3, "a third of the reports acknowledged");
            long killedAt = System.nanoTime();
            managersServer.kill();
            int killedAtCount = acknowledged.get();
            for (Future<Integer> report : reports) {
                int status = report.get();
                assertTrue(status == 200 || status == 201, "each report acknowledged in the end, got " + status);
            }
            long drainMs = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();

            try (Connection connection = TestChain.mysqlConnection(SITE); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT d.branch_id), SUM(d.revenue), MAX(d.revision)"
                         + " FROM daily_revenue d JOIN branches b ON b.id = d.branch_id WHERE b.code LIKE 'HA-%'")) {
                assertTrue(row.next());
                assertEquals(BRANCHES, row.getInt(1), "every report stored");
                assertEquals(BRANCHES, row.getInt(2), "each branch's report once");
                assertEquals(0, expectedRevenueTotal().compareTo(row.getBigDecimal(3)), "the figures as sent: " + row.getBigDecimal(3));
                assertEquals(1, row.getInt(4), "no report applied twice (a resend changes nothing)");
            }

            HttpResponse<String> nextPage = assertSignedIn(manager);
            String now = manager.cookieValue("HQ_SERVER");
            assertNotEquals(first, now, "the page came from the other server");
            System.out.printf("HqFailoverIT: %d reports through HAProxy to 2 HQ servers; %s (the manager's) killed after %d"
                            + " acknowledged; all acknowledged %d ms later with %d resends; stored once each; the manager's next"
                            + " page came from %s without signing in (%d)%n",
                    BRANCHES, first, killedAtCount, drainMs, resent.get(), now, nextPage.statusCode());
        } finally {
            branches.shutdownNow();
            if (balancer != null) {
                balancer.destroy();
            }
            for (PayaraServer server : servers) {
                try {
                    server.stop();
                } catch (Exception e) {
                    server.kill();
                }
            }
        }
    }

    /** The dashboard, answered to the signed-in manager (not the sign-in page). */
    private static HttpResponse<String> assertSignedIn(PageSession manager) {
        HttpResponse<String> home = manager.get("/index.xhtml");
        assertEquals(200, home.statusCode(), "the dashboard, not a redirect to the sign-in page");
        assertTrue(home.body().contains("Signed in as hq-manager"), home.body());
        return home;
    }

    /**
     * A branch's day report as its outbox sends it: again after a failed connection or a 5xx (here at once, then every
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

    private static String register(URI site, String code) {
        HttpResponse<String> response = Http.send("POST", site.resolve("/hq-api/v1/branches"), ADMIN, """
                {"code":"%s","name":"Branch %s","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"UTC"}"""
                .formatted(code, code));
        assertEquals(201, response.statusCode(), response.body());
        Matcher key = API_KEY.matcher(response.body());
        assertTrue(key.find(), response.body());
        return key.group(1);
    }

    /** Requests without a cookie are spread over the servers: HAProxy listens and found both healthy. */
    private static boolean bothServersAnswer(URI site) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> page;
            try {
                page = Http.get(site.resolve("/hq/login.xhtml"), null);
            } catch (UncheckedIOException notListeningYet) {
                return false;
            }
            page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("HQ_SERVER="))
                    .forEach(c -> seen.add(c.substring("HQ_SERVER=".length(), c.indexOf(';'))));
        }
        return seen.size() == 2;
    }

    /** HQ's pre-boot file plus the cluster lines, with this server's data grid port and both servers as members. */
    private static Path clusterPreBoot(Layout layout, Path data, int index) throws IOException {
        StringBuilder members = new StringBuilder();
        for (int port : GRID_PORTS) {
            members.append(members.isEmpty() ? "" : ",").append("127.0.0.1:").append(port);
        }
        String cluster = Files.readString(layout.payaraConfig().resolve("hq-cluster.asadmin"))
                .replace("@MEMBERS@", members).replace("@PORT@", String.valueOf(GRID_PORTS[index]));
        String commands = Files.readString(layout.hqPreBoot())
                .replace("cluster-group-name=clothing-chain-hq", "cluster-group-name=clothing-chain-hq-failover") + "\n" + cluster;
        Path file = data.resolve("hq" + (index + 1) + "-pre-boot.asadmin");
        Files.writeString(file, commands);
        return file;
    }

    /** Debian's HAProxy with the shipped configuration, in the foreground, its output next to the domains. */
    private static Process startBalancer(Layout layout, Path data) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f",
                layout.payaraConfig().resolve("haproxy.cfg").toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("haproxy.log").toFile());
        builder.environment().put("HQ_LISTEN", "127.0.0.1:" + BALANCER_PORT);
        builder.environment().put("HQ_SERVER_1", "127.0.0.1:" + PORTS[0]);
        builder.environment().put("HQ_SERVER_2", "127.0.0.1:" + PORTS[1]);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IOException("HAProxy is needed (Debian package haproxy; .ci/run installs it)", e);
        }
    }

    private static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(100);
        }
    }
}
