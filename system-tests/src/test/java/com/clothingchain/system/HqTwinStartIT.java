package com.clothingchain.system;

import com.clothingchain.system.runtime.Layout;
import com.clothingchain.system.runtime.PayaraServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two HQ servers (the built EAR on two Payara Server domains) start at the same moment on one empty MySQL/MariaDB
 * database, outside demo mode with an initial administrator password, as two replicas of a new installation would:
 * both become ready, the schema is migrated once (Flyway's history has each version once, all successful), there is
 * one administrator with one ACCOUNT_CREATED entry, and the administrator signs in at both, which share the account.
 * In demo mode the same holds for the demo accounts, catalogue and tax rates.
 * <p>
 * MySQL only (tag {@code mysql}, run by the mysql profile in the database {@code chain_test_hq_twin}, emptied here):
 * two servers can not share an H2 file. The chain of {@link TestChain} is not needed and may run beside.
 */
@Tag("mysql")
class HqTwinStartIT {

    private static final String SITE = "hq_twin";
    private static final int[] PORTS = {28091, 28092};
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");
    private static final String GROUP_SETTING = "cluster-group-name=clothing-chain-hq";

    @Test
    void twoServersStartingTogetherOnAnEmptyDatabaseMakeOneSchemaAndOneAdministrator() throws Exception {
        String initialPassword = "Twin-" + randomText();
        try (Twins twins = startTogether("admin", Map.of("CHAIN_DEMO", "false", "CHAIN_ADMIN_INITIAL_PASSWORD", initialPassword))) {
            assertSchemaMigratedOnce();
            assertEquals(List.of("hq-admin"), strings("SELECT username FROM user_accounts"), "one account, the administrator");
            assertEquals(List.of("hq-admin"), strings("SELECT subject FROM audit_events WHERE event = 'ACCOUNT_CREATED'"),
                    "its creation audited once");
            assertSignInAtBoth(twins.servers, initialPassword);
        }
    }

    /** Demo mode's seeding (accounts, catalogue, tax rates) is made once too, and the demo logins work at both. */
    @Test
    void twoDemoServersStartingTogetherMakeTheDemoDataOnce() throws Exception {
        try (Twins twins = startTogether("demo", Map.of("CHAIN_DEMO", "true"))) {
            assertSchemaMigratedOnce();
            assertEquals(List.of("hq-admin", "hq-manager", "hq-merchandiser"),
                    strings("SELECT username FROM user_accounts ORDER BY username"), "the demo accounts, once each");
            assertEquals(List.of("40"), strings("SELECT COUNT(*) FROM styles"), "the demo catalogue's 40 styles, once");
            assertEquals(List.of("3"), strings("SELECT COUNT(*) FROM tax_rates"), "the demo tax rates, once");
            for (PayaraServer server : twins.servers) {
                HttpResponse<String> me = Http.get(api(server).resolve("me"), Http.basic("hq-admin", "demo-admin-pw"));
                assertEquals(200, me.statusCode(), server.name() + ": " + me.body());
            }
        }
    }

    /** Two HQ servers on the emptied database, with this environment, deployed at the same instant and ready. */
    private static Twins startTogether(String name, Map<String, String> environment) throws Exception {
        TestChain.emptyMysqlDatabase(SITE);
        Layout layout = Layout.fromSystemProperty();
        Path data = layout.projectDir().resolve("system-tests/target/it-data/hq-twin-" + name);
        TestChain.deleteRecursively(data);
        Files.createDirectories(data);
        Twins twins = new Twins();
        try {
            for (int i = 0; i < PORTS.length; i++) {
                Map<String, String> env = new HashMap<>(environment);
                env.put("CHAIN_DB_URL", TestChain.mysqlUrl(SITE));
                env.put("CHAIN_DB_USER", TestChain.required("CHAIN_TEST_MYSQL_USER"));
                env.put("CHAIN_DB_PASSWORD", TestChain.required("CHAIN_TEST_MYSQL_PASSWORD"));
                twins.servers.add(new PayaraServer("hq" + (i + 1), layout.payaraHome(), data.resolve("domains"), layout.hqEar(),
                        preBootOfItsOwn(layout, data, i + 1), PORTS[i], env));
            }
            together(twins.pool, twins.servers, PayaraServer::startDomain);
            // Both domains run; both deployments (each running HQ's start-up: migrations, then the first-start steps)
            // are released at the same instant. asadmin deploy returns when its deployment is up, and fails if it failed.
            Future<?> watching = twins.pool.submit(twins.watch);
            together(twins.pool, twins.servers, PayaraServer::deploy);
            for (PayaraServer server : twins.servers) {
                server.awaitReady(Duration.ofMinutes(4));
            }
            twins.watch.stop();
            watching.get();
            System.out.println("HqTwinStartIT " + name + ": " + twins.watch + "; " + migrationsAppliedBy(twins.servers));
            return twins;
        } catch (Exception | AssertionError e) {
            twins.close();
            throw e;
        }
    }

    /** The two servers, stopped at the end. */
    private static final class Twins implements AutoCloseable {
        final List<PayaraServer> servers = new ArrayList<>();
        final ExecutorService pool = Executors.newFixedThreadPool(PORTS.length + 1);
        final LockWatch watch = new LockWatch();

        @Override
        public void close() {
            watch.stop();
            pool.shutdownNow();
            for (PayaraServer server : servers) {
                try {
                    server.stop();
                } catch (Exception e) {
                    server.kill();
                }
            }
        }
    }

    private static void assertSchemaMigratedOnce() throws Exception {
        TreeSet<Integer> shipped = new TreeSet<>();
        try (var files = Files.list(Layout.fromSystemProperty().projectDir().resolve("hq-ejb/src/main/resources/db/migration/hq"))) {
            files.map(file -> MIGRATION.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .forEach(name -> shipped.add(Integer.parseInt(name.group(1))));
        }
        Map<Integer, String> history = new TreeMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version, COUNT(*), MIN(success) FROM flyway_schema_history GROUP BY version")) {
            while (row.next()) {
                int version = row.getString(1) == null ? -1 : Integer.parseInt(row.getString(1));
                history.put(version, row.getLong(2) + " row(s), success " + row.getInt(3));
            }
        }
        Map<Integer, String> once = new TreeMap<>();
        shipped.forEach(version -> once.put(version, "1 row(s), success 1"));
        assertEquals(once, history, "every migration HQ ships applied exactly once, successfully, and nothing else");
    }

    /**
     * The first administrator signs in at both servers with the initial password, changes it at the first, and then
     * the second takes only the new one and no longer asks for a change: both read the one account.
     */
    private static void assertSignInAtBoth(List<PayaraServer> servers, String initialPassword) {
        String initial = Http.basic("hq-admin", initialPassword);
        for (PayaraServer server : servers) {
            HttpResponse<String> me = Http.get(api(server).resolve("me"), initial);
            assertEquals(200, me.statusCode(), server.name() + ": " + me.body());
        }
        String ownPassword = "Own-" + randomText();
        HttpResponse<String> changed = Http.send("PUT", api(servers.get(0)).resolve("me/password"), initial, """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(initialPassword, ownPassword));
        assertEquals(204, changed.statusCode(), changed.body());
        PayaraServer other = servers.get(1);
        assertEquals(200, Http.get(api(other).resolve("branches"), Http.basic("hq-admin", ownPassword)).statusCode(),
                "the other server takes the new password and no longer asks for a change");
        assertEquals(401, Http.get(api(other).resolve("me"), initial).statusCode(), "nor the initial password");
    }

    /**
     * HQ's pre-boot file with a data grid name per server: Payara Server always starts its grid, and this test is about
     * the database, not about two grids merging while the servers start (which may stall them for minutes).
     */
    private static Path preBootOfItsOwn(Layout layout, Path data, int number) throws Exception {
        String commands = Files.readString(layout.hqPreBoot());
        assertTrue(commands.contains(GROUP_SETTING), "the pre-boot file sets " + GROUP_SETTING);
        Path file = data.resolve("hq" + number + "-pre-boot.asadmin");
        Files.writeString(file, commands.replace(GROUP_SETTING, GROUP_SETTING + "-twin-" + number));
        return file;
    }

    private interface Step {
        void run(PayaraServer server) throws Exception;
    }

    /** Runs the step for every server at once (released together) and returns when all are done; fails if one failed. */
    private static void together(ExecutorService pool, List<PayaraServer> servers, Step step) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (PayaraServer server : servers) {
            running.add(pool.submit(() -> {
                gate.await();
                step.run(server);
                return null;
            }));
        }
        gate.countDown();
        for (Future<?> each : running) {
            each.get();
        }
    }

    /** What each server's start-up logged about the migrations it applied (SchemaMigration's line). */
    private static String migrationsAppliedBy(List<PayaraServer> servers) throws Exception {
        List<String> applied = new ArrayList<>();
        for (PayaraServer server : servers) {
            String log = Files.readString(server.logFile());
            Matcher line = Pattern.compile("Database schema at version \\d+ \\((\\d+) migrations applied now by this server").matcher(log);
            applied.add(server.name() + " applied " + (line.find() ? line.group(1) : "?"));
        }
        return String.join(", ", applied);
    }

    /**
     * Watches the test user's sessions (the servers') while they start, for the longest wait seen in Flyway's named lock
     * (GET_LOCK, state "User lock") and at the first start lock: evidence that one waited for the other, printed only,
     * as how much the two starts overlap depends on the machine.
     */
    private static final class LockWatch implements java.util.concurrent.Callable<Void> {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile long flywayWaitMs;
        private volatile long firstStartWaitMs;

        private volatile String failure;

        @Override
        public Void call() throws InterruptedException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                while (running.get()) {
                    try (ResultSet row = statement.executeQuery("SELECT info, state, time_ms FROM information_schema.processlist"
                            + " WHERE info LIKE '%GET_LOCK%' OR info LIKE '%first_start_lock%'")) {
                        while (row.next()) {
                            String info = row.getString(1);
                            long ms = (long) row.getDouble(3);
                            if (info.contains("processlist")) {
                                continue;
                            }
                            if (info.contains("GET_LOCK") && "User lock".equals(row.getString(2))) {
                                flywayWaitMs = Math.max(flywayWaitMs, ms);
                            } else if (info.contains("first_start_lock")) {
                                firstStartWaitMs = Math.max(firstStartWaitMs, ms);
                            }
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (SQLException e) {
                failure = e.getMessage(); // e.g. MySQL's processlist has no TIME_MS (MariaDB's has)
            }
            return null;
        }

        void stop() {
            running.set(false);
        }

        @Override
        public String toString() {
            return failure != null ? "waits not watched: " + failure
                    : "longest wait seen in Flyway's named lock " + flywayWaitMs + " ms, at the first start lock " + firstStartWaitMs + " ms";
        }
    }

    private static List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }

    private static Connection connect() throws SQLException {
        return TestChain.mysqlConnection(SITE);
    }

    private static URI api(PayaraServer server) {
        return URI.create(server.baseUri() + "/hq-api/v1/");
    }

    private static String randomText() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
