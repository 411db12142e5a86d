package com.clothingchain.system.demo;

import com.clothingchain.system.runtime.DataGrid;
import com.clothingchain.system.runtime.HaProxy;
import com.clothingchain.system.runtime.HqClient;
import com.clothingchain.system.runtime.Layout;
import com.clothingchain.system.runtime.PayaraMicro;
import com.clothingchain.system.runtime.PayaraServer;
import com.clothingchain.system.runtime.Server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./chain.sh}: HQ on Payara Server and branches B001 and B002 on Payara Micro, each on its own H2
 * database under the data folder, in demo mode. Registers the branches at HQ through HQ's API with their till
 * settings, gives each branch its key, loads demo history, prints where everything is, and stops all servers on Ctrl-C.
 * <p>
 * {@code ./chain.sh --ha}: the same with HQ on two Payara Server domains (hq1, hq2) in one data grid with replicated
 * sessions, sharing one database (H2 in automatic mixed mode, or the MySQL that {@code CHAIN_DB_URL} names), behind
 * HAProxy on HQ's port; the branches talk to HQ through HAProxy (README "HQ on several servers").
 */
public final class ChainLauncher {

    private static final String HQ_ADMIN = "hq-admin";
    /** Three variants of the demo catalogue's first style (DemoCatalogue): black M and L, white M. */
    private static final Map<String, Integer> DEMO_DELIVERY = Map.of("WT-01-M-BLA", 6, "WT-01-L-BLA", 4, "WT-01-M-WHI", 5);
    private static final String HQ_ADMIN_PASSWORD = "demo-admin-pw";
    private static final int HISTORY_DAYS = 60;

    /** A demo branch and its till: B001's prices include VAT, B002 adds sales tax at the till and rounds cash to 0.05. */
    private record DemoBranch(String code, String name, String location, String timeZone, int port, String jurisdiction,
                              String taxMode, String cashRounding) {
    }

    private final Layout layout = Layout.fromSystemProperty();
    private final Path data = Path.of(env("CHAIN_DATA_DIR", "data")).toAbsolutePath().normalize();
    private final int hqPort = Integer.parseInt(env("CHAIN_HQ_PORT", "8080"));
    private final List<DemoBranch> branches = List.of(
            new DemoBranch("B001", "Downtown", "12 Main Street", "America/New_York", Integer.parseInt(env("CHAIN_B001_PORT", "8081")),
                    "DEMO-VAT", "INCLUSIVE", "0.01"),
            new DemoBranch("B002", "Riverside Mall", "Riverside Mall, unit 27", "America/Chicago", Integer.parseInt(env("CHAIN_B002_PORT", "8082")),
                    "DEMO-SALES-TAX", "EXCLUSIVE", "0.05"));
    private final List<Server> running = new ArrayList<>();
    /** With {@code --ha}: the HQ servers behind HAProxy; the chain goes on while one of them is left. */
    private final List<PayaraServer> hqServers = new ArrayList<>();
    private final Instant started = Instant.now();
    private final boolean highAvailability;
    private volatile boolean stopping;

    private ChainLauncher(boolean highAvailability) {
        this.highAvailability = highAvailability;
    }

    public static void main(String[] args) throws Exception {
        boolean highAvailability = false;
        for (String arg : args) {
            if (arg.equals("--ha")) {
                highAvailability = true;
            } else {
                System.err.println("Usage: ./chain.sh [--ha]\n  --ha  HQ on two Payara Server domains behind HAProxy,"
                        + " sessions replicated (README \"HQ on several servers\")");
                System.exit(2);
            }
        }
        if (highAvailability && HaProxy.executable().isEmpty()) {
            System.err.println("[chain] --ha needs HAProxy, which is not on the PATH: install it first"
                    + " (Debian/Ubuntu: sudo apt-get install haproxy). Nothing was started.");
            System.exit(1);
        }
        new ChainLauncher(highAvailability).run();
    }

    private void run() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "chain-stop"));
        Files.createDirectories(data);
        say("Data folder: " + data + " (delete it to start from scratch)");

        Server hq = highAvailability ? startHqCluster() : startHq();

        HqClient hqClient = new HqClient(hq.baseUri(), HQ_ADMIN, HQ_ADMIN_PASSWORD);
        List<Server> branchServers = new ArrayList<>();
        for (DemoBranch branch : branches) {
            URI url = URI.create("http://localhost:" + branch.port() + "/branch/");
            String key = hqClient.registerOrRotate(branch.code(), branch.name(), branch.location(), url, branch.timeZone());
            // HQ's demo mode made the demo jurisdictions' tax rates; the branch reads its till settings at start.
            hqClient.tillSettings(branch.code(), branch.jurisdiction(), branch.taxMode(), branch.cashRounding());
            say("Registered " + branch.code() + " at HQ with a new API key; its till: " + branch.jurisdiction() + ", "
                    + branch.taxMode() + ", cash rounding " + branch.cashRounding() + ".");
            branchServers.add(new PayaraMicro(branch.code(), layout.payaraMicroJar(), layout.branchWar(),
                    layout.payaraConfig(), branch.port(), data.resolve(branch.code().toLowerCase()), Map.ofEntries(
                    Map.entry("CHAIN_DB_URL", "jdbc:h2:file:" + data.resolve(branch.code().toLowerCase()).resolve("branch")),
                    Map.entry("CHAIN_DB_USER", ""), Map.entry("CHAIN_DB_PASSWORD", ""), Map.entry("CHAIN_DEMO", "true"),
                    Map.entry("CHAIN_HQ_URL", hq.baseUri() + "/hq-api"), Map.entry("CHAIN_HQ_ALLOW_HTTP", "true"),
                    Map.entry("CHAIN_BRANCH_CODE", branch.code()), Map.entry("CHAIN_BRANCH_API_KEY", key),
                    Map.entry("CHAIN_CATALOGUE_POLL_INTERVAL", "PT10S"), Map.entry("CHAIN_DELIVERIES_POLL_INTERVAL", "PT10S"),
                    // A new demo branch starts with this many closed days, reported to HQ through its outbox.
                    Map.entry("CHAIN_DEMO_HISTORY_DAYS", String.valueOf(HISTORY_DAYS)))));
        }
        startAndWait(branchServers);
        awaitCatalogues(hqClient, branchServers);
        for (DemoBranch branch : branches) {
            if (hqClient.deliverOnce(branch.code(), "Demo delivery: receive it on Goods in", DEMO_DELIVERY)) {
                say("HQ's warehouse sent " + branch.code() + " a delivery to receive (Goods in).");
            }
        }
        printSummary(hq);
        watch();
    }

    private Server startHq() throws Exception {
        Server hq = new PayaraServer("hq", layout.payaraHome(), data.resolve("hq-domain"), layout.hqEar(),
                layout.hqPreBoot(), hqPort, Map.of(
                "CHAIN_DB_URL", "jdbc:h2:file:" + data.resolve("hq/hq"),
                "CHAIN_DB_USER", "", "CHAIN_DB_PASSWORD", "", "CHAIN_DEMO", "true"));
        startAndWait(List.of(hq));
        return hq;
    }

    /**
     * hq1 and hq2 (every Payara port moved by the HTTP port's offset from 8080, the data grid's 5900 too), one after the
     * other (the second joins the first's data grid and database), then HAProxy on HQ's port in front of them.
     */
    private Server startHqCluster() throws Exception {
        List<Integer> ports = List.of(Integer.parseInt(env("CHAIN_HQ1_PORT", String.valueOf(hqPort + 10))),
                Integer.parseInt(env("CHAIN_HQ2_PORT", String.valueOf(hqPort + 11))));
        DataGrid grid = new DataGrid(ports.stream().map(port -> 5900 + port - 8080).toList());
        Path domains = data.resolve("hq-cluster");
        Map<String, String> environment = new HashMap<>(hqClusterDatabase());
        environment.put("CHAIN_DEMO", "true");
        // HAProxy adds X-Forwarded-For: sign-in throttling and the audit log see the browser's address, not HAProxy's.
        environment.put("CHAIN_SECURITY_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1");
        for (int i = 0; i < ports.size(); i++) {
            PayaraServer server = new PayaraServer("hq" + (i + 1), layout.payaraHome(), domains, layout.hqEar(),
                    grid.preBootFile(layout, domains, i), ports.get(i), environment).withSessionsReplicated();
            hqServers.add(server);
        }
        startAndWait(List.copyOf(hqServers));
        HaProxy balancer = new HaProxy(layout, "", hqPort,
                ports.stream().map(port -> "127.0.0.1:" + port).toList(), data.resolve("haproxy.log"));
        startAndWait(List.of(balancer));
        return balancer;
    }

    /**
     * The database both HQ servers share: the MySQL {@code CHAIN_DB_URL} names (with {@code CHAIN_DB_USER} and
     * {@code CHAIN_DB_PASSWORD}), or H2 in automatic mixed mode: the first server to open the file serves it to the other
     * over TCP (on a random port, to clients that know the key in the lock file next to it), and when that server goes,
     * the other reconnects and opens the file itself.
     */
    private Map<String, String> hqClusterDatabase() {
        String url = env("CHAIN_DB_URL", "");
        if (!url.isEmpty()) {
            say("HQ's database: " + url + " (CHAIN_DB_URL)");
            return Map.of("CHAIN_DB_URL", url, "CHAIN_DB_USER", env("CHAIN_DB_USER", ""),
                    "CHAIN_DB_PASSWORD", env("CHAIN_DB_PASSWORD", ""));
        }
        return Map.of("CHAIN_DB_URL", "jdbc:h2:file:" + data.resolve("hq/hq") + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE",
                "CHAIN_DB_USER", "", "CHAIN_DB_PASSWORD", "");
    }

    private void startAndWait(List<Server> servers) throws Exception {
        for (Server server : servers) {
            say("Starting " + server.name() + " (log: " + server.logFile() + ")");
            running.add(server);
            server.start();
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        List<Server> waiting = new ArrayList<>(servers);
        Instant nextReport = Instant.now().plusSeconds(5);
        while (!waiting.isEmpty()) {
            for (Server server : List.copyOf(waiting)) {
                if (server.isReady()) {
                    waiting.remove(server);
                    say(server.name() + " is up at " + server.baseUri() + " (" + elapsed() + ")");
                } else if (!server.isRunning()) {
                    throw new IllegalStateException(server.name() + " stopped while starting; see " + server.logFile());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Not up after 5 minutes: " + names(waiting));
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(nextReport)) {
                say("  still starting: " + names(waiting) + " (" + elapsed() + ")");
                nextReport = Instant.now().plusSeconds(5);
            }
            Thread.sleep(500);
        }
    }

    /** Both branches sell from HQ's whole catalogue before the chain says it is up. */
    private void awaitCatalogues(HqClient hqClient, List<Server> branchServers) throws Exception {
        long version = hqClient.catalogueVersion();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        for (Server branch : branchServers) {
            while (hqClient.branchCatalogueVersion(branch.baseUri(), "clerk", "demo-clerk-pw") < version) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(branch.name() + " has not caught up with HQ's catalogue (version " + version
                            + ") after 2 minutes; see " + branch.logFile());
                }
                Thread.sleep(500);
            }
            say(branch.name() + " holds HQ's catalogue, version " + version + " (" + elapsed() + ")");
        }
    }

    private void printSummary(Server hq) {
        String line = "-".repeat(78);
        System.out.println(line);
        System.out.println("The chain is up (" + elapsed() + "). Demo mode: these logins are for trying it out only.");
        System.out.println();
        System.out.printf("  HQ pages     %s/hq/      hq-manager / demo-manager-pw, hq-merchandiser / demo-merchandiser-pw,"
                + " hq-admin / demo-admin-pw%n", hq.baseUri());
        System.out.printf("  HQ API       %s/hq-api/  (OpenAPI: %s/openapi)%n",
                hq.baseUri(), hq.baseUri());
        if (highAvailability) {
            for (PayaraServer server : hqServers) {
                System.out.printf("  HQ server    %s %s/hq/  (pid %s, admin port %d, log %s)%n", server.name(), server.baseUri(),
                        server.pid().map(String::valueOf).orElse("?"), server.adminPort(), server.logFile());
            }
            System.out.println("               HAProxy at " + hq.baseUri() + " keeps a browser on one server: its cookie"
                    + " HQ_SERVER says which (hq1 or hq2).");
            System.out.println("               To try a failover: sign in as hq-manager, kill -9 the pid of that server, reload"
                    + " the page: still signed in, now on the other.");
        }
        for (DemoBranch branch : branches) {
            System.out.printf("  %s %-8s http://localhost:%d/branch/  manager / demo-manager-pw, clerk / demo-clerk-pw%n",
                    branch.code(), branch.name().split(" ")[0], branch.port());
        }
        System.out.println();
        System.out.println("  Health: <server>/health/ready   Logs and databases: " + data);
        System.out.println("Press Ctrl-C to stop all servers.");
        System.out.println(line);
    }

    /** Stops the chain when a server stops; with {@code --ha}, an HQ server may stop while another is left. */
    private void watch() throws InterruptedException {
        List<Server> gone = new ArrayList<>();
        while (true) {
            Thread.sleep(2_000);
            for (Server server : running) {
                if (server.isRunning() || stopping || gone.contains(server)) {
                    continue;
                }
                gone.add(server);
                if (hqServers.contains(server) && !gone.containsAll(hqServers)) {
                    say(server.name() + " has stopped; see " + server.logFile() + ". HAProxy sends HQ's requests to the"
                            + " other HQ server, which has the sessions.");
                } else {
                    say(server.name() + " has stopped; see " + server.logFile() + ". Stopping the chain.");
                    System.exit(1);
                }
            }
        }
    }

    private void stopAll() {
        stopping = true;
        if (running.isEmpty()) {
            return;
        }
        say("Stopping " + names(running) + " ...");
        List<Server> newestFirst = new ArrayList<>(running);
        Collections.reverse(newestFirst);
        newestFirst.parallelStream().forEach(server -> {
            try {
                server.stop();
            } catch (Exception e) {
                server.kill();
            }
        });
        say("All servers stopped.");
    }

    private String elapsed() {
        return Duration.between(started, Instant.now()).toSeconds() + " s";
    }

    private static String names(List<Server> servers) {
        return String.join(", ", servers.stream().map(Server::name).toList());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String message) {
        System.out.println("[chain] " + message);
    }
}
