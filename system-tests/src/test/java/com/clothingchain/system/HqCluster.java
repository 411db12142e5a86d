package com.clothingchain.system;

import com.clothingchain.system.runtime.DataGrid;
import com.clothingchain.system.runtime.HaProxy;
import com.clothingchain.system.runtime.HqClient;
import com.clothingchain.system.runtime.Layout;
import com.clothingchain.system.runtime.PayaraServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * HQ on two servers as README's "HQ on several servers" sets it up: the built EAR on two Payara Server domains in demo
 * mode, on one emptied MySQL/MariaDB database ({@code chain_test_hq_ha}), one data grid as
 * {@code payara-config/hq-cluster.asadmin} configures it, deployed with availability, and Debian's HAProxy in front with
 * {@code payara-config/haproxy.cfg}. One per test JVM ({@link #running}), stopped (HAProxy too) when it ends.
 */
final class HqCluster implements AutoCloseable {

    static final String SITE = "hq_ha";
    private static final int[] PORTS = {28096, 28097};
    private static final DataGrid GRID = new DataGrid(List.of(5961, 5962));
    private static final int BALANCER_PORT = 28098;
    private static final String ADMIN = Http.basic("hq-admin", "demo-admin-pw");

    private static HqCluster shared;

    final List<PayaraServer> servers = new ArrayList<>();
    private final Path data;
    private HaProxy balancer;
    private HqClient admin;

    private HqCluster(Path data) {
        this.data = data;
    }

    /**
     * The cluster of this test JVM, started by the first test that asks (the tests of the profile share it: a start takes
     * minutes) and stopped when the JVM ends; a server an earlier test killed is started again, so both run.
     */
    static synchronized HqCluster running() throws Exception {
        if (shared == null) {
            shared = start("shared");
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        for (PayaraServer server : shared.servers) {
            if (!server.isRunning()) {
                server.start();
                server.awaitReady(Duration.ofMinutes(4));
            }
        }
        await(Duration.ofMinutes(1), () -> bothServersAnswer(shared.balancer()), "HAProxy sends requests to both HQ servers");
        return shared;
    }

    /** Both servers ready (one after the other: the second joins the first's data grid), HAProxy sending to both. */
    private static HqCluster start(String name) throws Exception {
        TestChain.emptyMysqlDatabase(SITE);
        Layout layout = Layout.fromSystemProperty();
        Path data = layout.projectDir().resolve("system-tests/target/it-data/hq-cluster-" + name);
        TestChain.deleteRecursively(data);
        Files.createDirectories(data);
        HqCluster cluster = new HqCluster(data);
        try {
            for (int i = 0; i < PORTS.length; i++) {
                Map<String, String> env = new HashMap<>(Map.of("CHAIN_DEMO", "true",
                        "CHAIN_SECURITY_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1",
                        "CHAIN_DB_URL", TestChain.mysqlUrl(SITE),
                        "CHAIN_DB_USER", TestChain.required("CHAIN_TEST_MYSQL_USER"),
                        "CHAIN_DB_PASSWORD", TestChain.required("CHAIN_TEST_MYSQL_PASSWORD")));
                PayaraServer server = new PayaraServer("hq" + (i + 1), layout.payaraHome(), data.resolve("domains"),
                        layout.hqEar(), GRID.preBootFile(layout, data, i), PORTS[i], env).withSessionsReplicated();
                cluster.servers.add(server);
                server.start();
                server.awaitReady(Duration.ofMinutes(4));
            }
            cluster.balancer = new HaProxy(layout, "127.0.0.1", BALANCER_PORT,
                    List.of("127.0.0.1:" + PORTS[0], "127.0.0.1:" + PORTS[1]), data.resolve("haproxy.log"));
            cluster.balancer.start();
            cluster.admin = new HqClient(cluster.balancer(), "hq-admin", "demo-admin-pw");
            await(Duration.ofMinutes(1), () -> {
                if (!cluster.balancer.isRunning()) {
                    throw new AssertionError("HAProxy stopped; see " + data.resolve("haproxy.log"));
                }
                return bothServersAnswer(cluster.balancer());
            }, "HAProxy sends requests to both HQ servers");
            // Each server checks the administrator's password once (it then keeps it for 2 minutes): calls made at once
            // before that would each ask for a password check, beyond the number a server runs at a time (503).
            for (PayaraServer server : cluster.servers) {
                HttpResponse<String> me = Http.get(URI.create(server.baseUri() + "/hq-api/v1/me"), ADMIN);
                if (me.statusCode() != 200) {
                    throw new AssertionError(server.name() + ": " + me.statusCode() + " " + me.body());
                }
            }
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    /** HAProxy's address, in front of both servers. */
    URI balancer() {
        return balancer.baseUri();
    }

    /** Registers a branch (UTC) through the balancer as the demo administrator; answers its API key. */
    String registerBranch(String code) throws IOException, InterruptedException {
        return admin.registerOrRotate(code, "Branch " + code, "Somewhere", URI.create("http://localhost:1/branch/"), "UTC");
    }

    /** What HQ's database holds of the day's reports of the branches whose code starts so. */
    StoredReports stored(String codePrefix, LocalDate day) throws SQLException {
        return stored(codePrefix, day, day);
    }

    /** What HQ's database holds of these days' reports of the branches whose code starts so. */
    StoredReports stored(String codePrefix, LocalDate from, LocalDate to) throws SQLException {
        try (Connection connection = TestChain.mysqlConnection(SITE);
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT d.branch_id),"
                     + " COALESCE(SUM(d.revenue), 0), COALESCE(MAX(d.revision), 0) FROM daily_revenue d"
                     + " JOIN branches b ON b.id = d.branch_id WHERE b.code LIKE ? AND d.business_date BETWEEN ? AND ?")) {
            query.setString(1, codePrefix + "%");
            query.setObject(2, from);
            query.setObject(3, to);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new StoredReports(row.getInt(1), row.getInt(2), row.getBigDecimal(3), row.getInt(4));
            }
        }
    }

    /** Rows stored, of how many branches, their revenue, and the highest revision (1: none was applied twice). */
    record StoredReports(int rows, int branches, BigDecimal revenue, int maxRevision) {
    }

    PayaraServer server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no HQ server " + name));
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.stop();
        }
        for (PayaraServer server : servers) {
            try {
                server.stop();
            } catch (Exception e) {
                server.kill();
            }
        }
    }

    static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(100);
        }
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
}
