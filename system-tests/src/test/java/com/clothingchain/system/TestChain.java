package com.clothingchain.system;

import com.clothingchain.system.runtime.HqClient;
import com.clothingchain.system.runtime.Layout;
import com.clothingchain.system.runtime.PayaraMicro;
import com.clothingchain.system.runtime.PayaraServer;
import com.clothingchain.system.runtime.Server;
import com.clothingchain.system.runtime.WildFly;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The chain the system tests run against, started once per test JVM: HQ (the built EAR) and branch B001
 * (the built WAR), on the runtime ({@code chain.runtime}: payara, wildfly) and database ({@code chain.db}:
 * h2, mysql) the Maven profile chose. Ports are away from those of {@code ./chain.sh}.
 */
public final class TestChain {

    public static final String BRANCH = "B001";
    public static final String BRANCH_ADDRESS = "Test street 1";
    /**
     * The test branches' time zone: one where it is about noon when the tests start, so no run crosses the
     * branches' midnight and the end-of-day timer never closes a day under a test.
     */
    public static final String BRANCH_TIME_ZONE = zoneAtNoon(LocalTime.now(ZoneOffset.UTC));
    static final int HQ_PORT = 28080;
    static final int BRANCH_PORT = 28081;

    private static TestChain instance;
    private static IllegalStateException failure;

    public Server hq;
    public Server branch;
    public String branchKey;
    public final String runtime = System.getProperty("chain.runtime", "payara");
    public final String database = System.getProperty("chain.db", "h2");

    public static synchronized TestChain get() {
        if (failure != null) {
            throw failure;
        }
        if (instance == null) {
            TestChain chain = new TestChain();
            Runtime.getRuntime().addShutdownHook(new Thread(chain::stop));
            try {
                chain.start();
            } catch (Exception e) {
                failure = new IllegalStateException("Could not start the chain: " + e.getMessage(), e);
                throw failure;
            }
            instance = chain;
        }
        return instance;
    }

    private void start() throws Exception {
        Layout layout = Layout.fromSystemProperty();
        Path data = layout.projectDir().resolve("system-tests/target/it-data/" + runtime + "-" + database);
        deleteRecursively(data);
        Files.createDirectories(data);
        hq = server("hq", layout, data, HQ_PORT, database("hq", data));
        hq.start();
        hq.awaitReady(Duration.ofMinutes(4));
        HqClient admin = new HqClient(hq.baseUri(), "hq-admin", "demo-admin-pw");
        branchKey = admin.registerOrRotate(BRANCH, "Test branch", BRANCH_ADDRESS, URI.create("http://localhost:" + BRANCH_PORT + "/branch/"),
                BRANCH_TIME_ZONE);
        // As in the demo: prices include 20 % VAT (HQ's demo mode made the rates); the branch reads this as it starts.
        admin.tillSettings(BRANCH, "DEMO-VAT", "INCLUSIVE", "0.01");
        Map<String, String> branchEnv = database("b001", data);
        branchEnv.put("CHAIN_HQ_URL", hq.baseUri() + "/hq-api");
        branchEnv.put("CHAIN_HQ_ALLOW_HTTP", "true");
        branchEnv.put("CHAIN_BRANCH_CODE", BRANCH);
        branchEnv.put("CHAIN_BRANCH_API_KEY", branchKey);
        branchEnv.put("CHAIN_CATALOGUE_POLL_INTERVAL", "PT1S");
        // Tests close days themselves; the end-of-day timer must not close today in the evening before they run.
        branchEnv.put("CHAIN_BRANCH_CLOSING_TIME", "23:59:59");
        branch = server(BRANCH, layout, data, BRANCH_PORT, branchEnv);
        branch.start();
        branch.awaitReady(Duration.ofMinutes(4));
        awaitCatalogue();
    }

    /**
     * Returns once the branch holds HQ's catalogue as it is now: tests begin so, and a test that compares the branch's
     * database before and after waits so for what an earlier test changed at HQ (an import) to arrive.
     */
    public void awaitCatalogue() throws InterruptedException, IOException {
        HqClient hqClient = new HqClient(hq.baseUri(), "hq-admin", "demo-admin-pw");
        long version = hqClient.catalogueVersion();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (hqClient.branchCatalogueVersion(branch.baseUri(), "clerk", "demo-clerk-pw") < version) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The branch did not catch up with HQ's catalogue version " + version
                        + " in 2 minutes; see " + branch.logFile());
            }
            Thread.sleep(200);
        }
    }

    /**
     * Another branch of this chain, for tests that stop, kill and restart a branch or move its clock: always
     * the branch WAR on Payara Micro over its own H2 file in {@code dir}, which survives restarts.
     */
    public Server branch(String code, int port, Path dir, Map<String, String> env) {
        Layout layout = Layout.fromSystemProperty();
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("CHAIN_DEMO", "true");
        all.putIfAbsent("CHAIN_DB_URL", "jdbc:h2:file:" + dir.resolve("db").resolve(code.toLowerCase()));
        all.putIfAbsent("CHAIN_BRANCH_CODE", code);
        return new PayaraMicro(code, layout.payaraMicroJar(), layout.branchWar(), layout.payaraConfig(), port, dir, all);
    }

    public Path dataDir(String name) {
        return Layout.fromSystemProperty().projectDir().resolve("system-tests/target/it-data/" + runtime + "-" + database + "-" + name);
    }

    private Server server(String name, Layout layout, Path data, int port, Map<String, String> env) {
        boolean isHq = name.equals("hq");
        if (runtime.equals("wildfly")) {
            return new WildFly(name, layout.wildflyHome(), layout.wildflyConfigScript(), data.resolve(name),
                    isHq ? layout.hqEar() : layout.branchWar(), port, env);
        }
        return isHq
                ? new PayaraServer(name, layout.payaraHome(), data.resolve("domains"), layout.hqEar(), layout.hqPreBoot(), port, env)
                : new PayaraMicro(name, layout.payaraMicroJar(), layout.branchWar(), layout.payaraConfig(), port,
                data.resolve(name), env);
    }

    /**
     * Demo mode (the demo accounts), on a fresh H2 file (which the tests may open too: AUTO_SERVER), or on the MySQL
     * database CI prepared. Requests from this machine may name the client's address in X-Forwarded-For, so
     * the tests can sign in from several addresses.
     */
    private Map<String, String> database(String site, Path data) {
        Map<String, String> env = new HashMap<>();
        env.put("CHAIN_DEMO", "true");
        env.put("CHAIN_SECURITY_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1");
        env.put("CHAIN_DB_URL", jdbcUrl(site, data));
        if (database.equals("mysql")) {
            env.put("CHAIN_DB_USER", required("CHAIN_TEST_MYSQL_USER"));
            env.put("CHAIN_DB_PASSWORD", required("CHAIN_TEST_MYSQL_PASSWORD"));
        }
        return env;
    }

    private String jdbcUrl(String site, Path data) {
        return database.equals("mysql") ? mysqlUrl(site) : "jdbc:h2:file:" + data.resolve(site).resolve(site) + ";AUTO_SERVER=TRUE";
    }

    /** The MySQL database {@code chain_test_SITE} that CI prepares for the mysql profile. */
    static String mysqlUrl(String site) {
        return "jdbc:mysql://127.0.0.1:3306/chain_test_" + site;
    }

    /** A connection to the MySQL database {@code chain_test_SITE}, as the test user. */
    static Connection mysqlConnection(String site) throws SQLException {
        return DriverManager.getConnection(mysqlUrl(site), required("CHAIN_TEST_MYSQL_USER"), required("CHAIN_TEST_MYSQL_PASSWORD"));
    }

    /** The MySQL database {@code chain_test_SITE} as new: dropped and created again (the test user may, on its own). */
    static void emptyMysqlDatabase(String site) throws SQLException {
        String url = mysqlUrl(site);
        try (Connection connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1),
                required("CHAIN_TEST_MYSQL_USER"), required("CHAIN_TEST_MYSQL_PASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS chain_test_" + site);
            statement.execute("CREATE DATABASE chain_test_" + site + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** A connection to a site's database ({@code hq} or {@code b001}) beside its running server. */
    public Connection connect(String site) throws SQLException {
        Path data = Layout.fromSystemProperty().projectDir().resolve("system-tests/target/it-data/" + runtime + "-" + database);
        return database.equals("mysql")
                ? DriverManager.getConnection(jdbcUrl(site, data), required("CHAIN_TEST_MYSQL_USER"), required("CHAIN_TEST_MYSQL_PASSWORD"))
                : DriverManager.getConnection(jdbcUrl(site, data));
    }

    static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is not set: the mysql profile needs the databases .ci/run prepares");
        }
        return value;
    }

    public URI hqApi() {
        return URI.create(hq.baseUri() + "/hq-api/v1/");
    }

    public URI branchApi() {
        return URI.create(branch.baseUri() + "/branch/api/v1/");
    }

    private void stop() {
        for (Server server : new Server[]{branch, hq}) {
            if (server == null) {
                continue;
            }
            try {
                server.stop();
            } catch (Exception e) {
                server.kill();
            }
        }
    }

    /** Etc/GMT-N is UTC+N (the sign of these ids is inverted); offsets run from UTC-11 to UTC+12. */
    static String zoneAtNoon(LocalTime utc) {
        int offset = 12 - utc.getHour();
        return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
