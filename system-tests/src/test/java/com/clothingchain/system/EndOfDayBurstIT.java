package com.clothingchain.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The end-of-day burst: N branches registered at HQ ({@code -Dchain.burst.branches}, 1,000 by default, 10,000 for the
 * README's figures) all report their day within one minute ({@code -Dchain.burst.window}, seconds), driven by Gatling
 * ({@link EndOfDayBurst}), first against one HQ server, then against two behind HAProxy ({@link HqCluster}). Prints, for
 * each: the burst's reports per second, p50 and p99, failed requests (sent again by the retries) and how long it took to
 * drain; the reports per second 16 clients get through sending as fast as HQ answers (the capacity); and the trivial
 * {@code /health/live} measured in the same run to compare with. Asserts only that every acknowledged report is stored,
 * once.
 * <p>
 * Tag {@code cluster} (the cluster profile, MySQL: two servers can not share H2), on the cluster {@link HqFailoverIT} then
 * kills a server of.
 */
@Tag("cluster")
@Order(1)
class EndOfDayBurstIT {

    private static final int BRANCHES = Integer.getInteger("chain.burst.branches", 1000);
    private static final int WINDOW_SECONDS = Integer.getInteger("chain.burst.window", 60);
    private static final Path RESULTS = Path.of("target/gatling");

    @Test
    void everyBranchReportsItsDayWithinAMinuteToOneAndToTwoHqServers() throws Exception {
        HqCluster cluster = HqCluster.running();
        Map<String, String> keys = registerBranches(cluster);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> lines = new ArrayList<>();
        URI one = cluster.servers.get(0).baseUri();
        URI two = cluster.balancer();
        lines.add(run("1 server", one, keys, today.minusDays(2), today.minusDays(100), cluster));
        lines.add(run("2 servers + HAProxy", two, keys, today.minusDays(1), today.minusDays(300), cluster));
        System.out.printf("EndOfDayBurstIT: %,d branches reporting within %d s (Gatling, on this machine's 2 cores with"
                + " MariaDB, HAProxy and the load generator)%n", BRANCHES, WINDOW_SECONDS);
        lines.forEach(System.out::println);
    }

    private static String run(String setup, URI target, Map<String, String> keys, LocalDate day, LocalDate saturateLast,
                              HqCluster cluster) throws Exception {
        Stats trivial = gatling("trivial", target, null);

        // As fast as HQ takes them: 16 clients sending reports of other days (each new) for 10 seconds.
        int days = Math.min(40, 40_000 / BRANCHES + 2); // within the 400 days before registration HQ takes
        LocalDate saturateFirst = saturateLast.minusDays(days - 1);
        Stats saturated = gatling("saturate", target, feed(keys, saturateFirst, saturateLast));
        HqCluster.StoredReports extra = cluster.stored("EOD-", saturateFirst, saturateLast);
        assertEquals(saturated.ok, extra.rows(), setup + ": every acknowledged report stored");
        assertEquals(1, extra.maxRevision(), setup + ": no report applied twice");

        Path feed = feed(keys, day, day);
        long started = System.nanoTime();
        Stats burst = gatling("reports", target, feed);
        long drained = Duration.ofNanos(System.nanoTime() - started).toMillis();
        HqCluster.StoredReports stored = cluster.stored("EOD-", day);
        assertEquals(BRANCHES, stored.rows(), setup + ": every report stored");
        assertEquals(BRANCHES, stored.branches(), setup + ": each branch's report once");
        assertEquals(0, total(keys, day).compareTo(stored.revenue()), setup + ": the figures as sent, " + stored.revenue());
        assertEquals(1, stored.maxRevision(), setup + ": no report applied twice");
        return String.format("  %-20s burst: %,6.0f reports/s, p50 %,d ms, p99 %,d ms, %d failed and sent again, Gatling's run %,d ms"
                        + " for a %d s window, 0 lost, 0 duplicated; saturated (16 clients): %,6.0f reports/s, p50 %,d ms, p99 %,d ms;"
                        + " trivial GET (16 clients): %,6.0f req/s, p50 %,d ms; saturated/trivial %.2f",
                setup, burst.perSecond, burst.p50, burst.p99, burst.failed, drained, WINDOW_SECONDS, saturated.perSecond,
                saturated.p50, saturated.p99, trivial.perSecond, trivial.p50, saturated.perSecond / trivial.perSecond);
    }

    /** Gatling's feed: every branch's report of every day from first to last (by day, then branch). */
    private static Path feed(Map<String, String> keys, LocalDate first, LocalDate last) throws IOException {
        Files.createDirectories(RESULTS);
        Path feed = RESULTS.resolve("feed-" + first + "-" + last + ".csv");
        StringBuilder csv = new StringBuilder("code,key,date,revenue\n");
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (Map.Entry<String, String> branch : keys.entrySet()) {
                csv.append(branch.getKey()).append(',').append(branch.getValue()).append(',').append(day).append(',')
                        .append(revenueOf(branch.getKey(), day).toPlainString()).append('\n');
            }
        }
        Files.writeString(feed, csv);
        return feed;
    }

    private static BigDecimal total(Map<String, String> keys, LocalDate day) {
        return keys.keySet().stream().map(code -> revenueOf(code, day)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal revenueOf(String code, LocalDate day) {
        return new BigDecimal(code.substring(4)).add(BigDecimal.valueOf(day.getDayOfMonth())).add(new BigDecimal("0.37"));
    }

    private static Map<String, String> registerBranches(HqCluster cluster) throws Exception {
        Map<String, String> keys = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= BRANCHES; i++) {
                String code = "EOD-" + i;
                done.add(pool.submit(() -> keys.put(code, cluster.registerBranch(code))));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return keys;
    }

    /** One Gatling run of {@link EndOfDayBurst} in this JVM; its figures from the report's stats.js. */
    private static Stats gatling(String mode, URI target, Path feed) throws IOException {
        System.setProperty(EndOfDayBurst.MODE, mode);
        System.setProperty(EndOfDayBurst.TARGET, target.toString());
        System.setProperty(EndOfDayBurst.USERS, String.valueOf(BRANCHES));
        System.setProperty(EndOfDayBurst.WINDOW, String.valueOf(WINDOW_SECONDS));
        if (feed != null) {
            System.setProperty(EndOfDayBurst.FEED, feed.toAbsolutePath().toString());
        }
        System.setProperty("gatling.data.enableAnalytics", "false");
        Path results = RESULTS.resolve(mode + "-" + System.nanoTime());
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[]{"--simulation", EndOfDayBurst.class.getName(),
                "--results-folder", results.toAbsolutePath().toString(), "--launcher", "maven", "--build-tool-version", "3"});
        assertEquals(0, status, "Gatling's run of " + mode + " (see " + results + ")");
        Path stats;
        try (Stream<Path> files = Files.walk(results)) {
            stats = files.filter(p -> p.endsWith(Path.of("js", "stats.js"))).max(Comparator.naturalOrder())
                    .orElseThrow(() -> new AssertionError("no Gatling report in " + results));
        }
        return Stats.of(Files.readString(stats));
    }

    /** The figures of all requests, from the first (global) block of Gatling's stats.js. */
    private record Stats(double perSecond, long p50, long p99, long ok, long failed) {

        static Stats of(String statsJs) {
            return new Stats(Double.parseDouble(total(statsJs, "meanNumberOfRequestsPerSecond")),
                    Long.parseLong(total(statsJs, "percentiles1")), Long.parseLong(total(statsJs, "percentiles4")),
                    Long.parseLong(field(statsJs, "numberOfRequests", "ok")), Long.parseLong(field(statsJs, "numberOfRequests", "ko")));
        }

        private static String total(String statsJs, String name) {
            return field(statsJs, name, "total");
        }

        private static String field(String statsJs, String name, String part) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\\{[^}]*?\"" + part + "\"\\s*:\\s*\"?([-0-9.]+)").matcher(statsJs);
            if (!m.find()) {
                throw new AssertionError("no " + name + "." + part + " in Gatling's stats.js");
            }
            return m.group(1);
        }
    }
}
