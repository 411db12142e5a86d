package com.clothingchain.system;

import com.clothingchain.system.runtime.HqClient;
import com.clothingchain.system.runtime.Server;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A branch of its own for one sync scenario: registered at HQ under a fresh code, run on Payara Micro over an
 * H2 file that survives restarts, started, stopped and killed as the scenario needs.
 */
final class SyncBranch implements AutoCloseable {

    static final String MANAGER = Http.basic("manager", "demo-manager-pw");
    static final String CLERK = Http.basic("clerk", "demo-clerk-pw");
    static final String TIME_ZONE = TestChain.BRANCH_TIME_ZONE;

    final String code;
    String key;
    private final TestChain chain;
    private final int port;
    private final Path dir;
    private Server server;

    SyncBranch(TestChain chain, String code, int port) throws Exception {
        this.chain = chain;
        this.code = code;
        this.port = port;
        this.dir = chain.dataDir(code);
        deleteRecursively(dir);
        Files.createDirectories(dir);
        this.key = new HqClient(chain.hq.baseUri(), "hq-admin", "demo-admin-pw")
                .registerOrRotate(code, "Sync test " + code, "Test lane", URI.create("http://localhost:" + port + "/branch/"), TIME_ZONE);
    }

    /** Starts the branch with its key, HQ's address (or the proxy's), and the settings of the scenario. */
    void start(String hqUrl, Map<String, String> settings) throws Exception {
        Map<String, String> env = new HashMap<>(settings);
        env.put("CHAIN_HQ_URL", hqUrl);
        env.put("CHAIN_HQ_ALLOW_HTTP", "true");
        env.put("CHAIN_BRANCH_API_KEY", key);
        env.putIfAbsent("CHAIN_BRANCH_CLOSING_TIME", "23:59:59");
        // These branches sell their own demo products; HQ's catalogue (large after the import benchmark) is not theirs to pull.
        env.putIfAbsent("CHAIN_CATALOGUE_POLL_INTERVAL", "PT0S");
        server = chain.branch(code, port, dir, env);
        server.start();
        server.awaitReady(Duration.ofMinutes(3));
    }

    void stop() throws Exception {
        server.stop();
    }

    /** SIGKILL: no shutdown hook, no chance to finish anything. */
    void kill() {
        server.kill();
    }

    URI api(String path) {
        return URI.create(server.baseUri() + "/branch/api/v1/" + path);
    }

    /** The day page as a signed-in manager sees it, as text. */
    String dayPageAsManager() {
        return PageSession.signIn(URI.create(server.baseUri() + "/branch"), "manager", "demo-manager-pw").get("/index.xhtml").body();
    }

    /** A page as a signed-in manager sees it, as text. */
    String pageAsManager(String path) {
        return PageSession.signIn(URI.create(server.baseUri() + "/branch"), "manager", "demo-manager-pw").get(path).body();
    }

    String health() {
        return Http.get(URI.create(server.baseUri() + "/health"), null).body();
    }

    JsonObject sell(String sku, int quantity) {
        return ok(201, Http.send("POST", api("sales"), CLERK,
                "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]," + Http.PAID_IN_CASH + "}")).asJsonObject();
    }

    JsonObject sellBarcode(String barcode) {
        return ok(201, Http.send("POST", api("sales"), CLERK,
                "{\"lines\":[{\"barcode\":\"" + barcode + "\",\"quantity\":1}]," + Http.PAID_IN_CASH + "}")).asJsonObject();
    }

    /** A variant's on-hand here, as a clerk sees it. */
    int onHand(String sku) {
        return ok(200, Http.get(api("stock/" + sku), CLERK)).asJsonObject().getInt("onHand");
    }

    /** Asks {@code probe} again every 250 ms until it answers something (not null) and answers that; fails after {@code timeout}. */
    static <T> T await(Duration timeout, String what, Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value;
        while ((value = probe.get()) == null) {
            assertTrue(System.nanoTime() < deadline, what + " did not happen in " + timeout);
            Thread.sleep(250);
        }
        return value;
    }

    JsonObject currentDay() {
        return ok(200, Http.get(api("days/current"), CLERK)).asJsonObject();
    }

    JsonObject day(LocalDate date) {
        return ok(200, Http.get(api("days/" + date), CLERK)).asJsonObject();
    }

    JsonObject close(LocalDate date) {
        return ok(202, Http.send("POST", api("days/" + date + "/close"), MANAGER, null)).asJsonObject();
    }

    JsonArray serviceCalls() {
        return ok(200, Http.get(api("service-calls"), MANAGER)).asJsonArray();
    }

    /** The outbox row of a date's report. */
    JsonObject report(LocalDate date) {
        return serviceCalls().stream().map(JsonObject.class::cast)
                .filter(call -> call.getString("businessDate").equals(date.toString()) && call.getString("call").equals("send_revenue_loss"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no report of " + date + " in " + serviceCalls()));
    }

    /** Waits until the date's report is as wanted; returns it. */
    JsonObject awaitReport(LocalDate date, Predicate<JsonObject> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject report = report(date);
        while (!wanted.test(report)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The report of " + date + " did not get there in " + timeout + ": " + report);
            }
            Thread.sleep(200);
            report = report(date);
        }
        return report;
    }

    /** Waits (a minute at most) until the outbox call {@code call} about {@code subject} of the branch at {@code branchApi} is SENT. */
    static JsonObject awaitCallSent(URI branchApi, String call, String subject) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject sent = ok(200, Http.get(branchApi.resolve("service-calls"), MANAGER)).asJsonArray().getValuesAs(JsonObject.class)
                    .stream().filter(c -> c.getString("call").equals(call) && c.getString("subject").equals(subject)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + call + " " + subject + " in the outbox"));
            if (sent.getString("status").equals("SENT")) {
                return sent;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(call + " " + subject + " not sent within a minute: " + sent);
            }
            Thread.sleep(250);
        }
    }

    static JsonStructure ok(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return Http.json(response.body());
    }

    @Override
    public void close() throws Exception {
        if (server != null && server.isRunning()) {
            server.stop();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
