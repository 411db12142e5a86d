package com.clothingchain.branch.api;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A benchmark, not a timed test: POS terminals posting sales over HTTP Basic, first one after another, then
 * several at once. It prints the figures and asserts only what must hold however fast the machine is: every
 * sale is booked once, under its own receipt number, and the day's totals grow by exactly what was sold.
 * The first request of a user pays for one 600,000-iteration password check; later ones use the cache.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SaleThroughputIT {

    private static final int WARM_UP = 20;
    private static final int SEQUENTIAL = 200;
    private static final int TERMINALS = 4;
    private static final int PER_TERMINAL = 100;
    private static final BigDecimal PRICE = new BigDecimal("9.99");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("branch.war")));
    }

    @Test
    void terminalsPostSales() throws Exception {
        BranchApi clerk = BranchApi.as(base, "clerk", "demo-clerk-pw");
        String sku = "BENCH-" + System.nanoTime() % 1_000_000;
        BranchDatabase.addProduct(sku, PRICE.toPlainString());
        String sale = """
                {"lines":[{"sku":"%s","quantity":1}],"payments":[{"tender":"CASH","amount":50}]}""".formatted(sku);

        long start = System.nanoTime();
        JsonObject before = clerk.get("days/current").expect(200).json();
        double firstRequestMs = millisSince(start);

        Set<String> receipts = Collections.synchronizedSet(new HashSet<>());
        for (int i = 0; i < WARM_UP; i++) {
            receipts.add(clerk.post("sales", sale).expect(201).json().getString("receiptNumber"));
        }

        List<Double> sequential = new ArrayList<>();
        long sequentialStart = System.nanoTime();
        for (int i = 0; i < SEQUENTIAL; i++) {
            long t = System.nanoTime();
            receipts.add(clerk.post("sales", sale).expect(201).json().getString("receiptNumber"));
            sequential.add(millisSince(t));
        }
        double sequentialSeconds = millisSince(sequentialStart) / 1000;

        ExecutorService terminals = Executors.newFixedThreadPool(TERMINALS);
        List<Future<List<Double>>> runs = new ArrayList<>();
        long concurrentStart = System.nanoTime();
        for (int t = 0; t < TERMINALS; t++) {
            runs.add(terminals.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                for (int i = 0; i < PER_TERMINAL; i++) {
                    long s = System.nanoTime();
                    receipts.add(clerk.post("sales", sale).expect(201).json().getString("receiptNumber"));
                    latencies.add(millisSince(s));
                }
                return latencies;
            }));
        }
        List<Double> concurrent = new ArrayList<>();
        for (Future<List<Double>> run : runs) {
            concurrent.addAll(run.get());
        }
        double concurrentSeconds = millisSince(concurrentStart) / 1000;
        terminals.shutdown();

        int sold = WARM_UP + SEQUENTIAL + TERMINALS * PER_TERMINAL;
        assertEquals(sold, receipts.size(), "every sale has its own receipt number");
        JsonObject after = clerk.get("days/current").expect(200).json();
        assertEquals(before.getString("businessDate"), after.getString("businessDate"));
        assertEquals(before.getJsonNumber("revenue").bigDecimalValue().add(PRICE.multiply(BigDecimal.valueOf(sold))),
                after.getJsonNumber("revenue").bigDecimalValue());
        assertEquals(before.getInt("transactionCount") + sold, after.getInt("transactionCount"));

        System.out.printf("""
                ===== Branch API benchmark: POST /sales, one line, HTTP Basic (Payara Micro, H2) =====
                first request of the clerk (password checked): %.0f ms
                one terminal, %d sales:  %.1f sales/s   p50 %.1f ms   p95 %.1f ms   max %.1f ms
                %d terminals, %d sales: %.1f sales/s   p50 %.1f ms   p95 %.1f ms   max %.1f ms
                %n""",
                firstRequestMs,
                SEQUENTIAL, SEQUENTIAL / sequentialSeconds, percentile(sequential, 50), percentile(sequential, 95), percentile(sequential, 100),
                TERMINALS, TERMINALS * PER_TERMINAL, TERMINALS * PER_TERMINAL / concurrentSeconds,
                percentile(concurrent, 50), percentile(concurrent, 95), percentile(concurrent, 100));
    }

    private static double millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000.0;
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
