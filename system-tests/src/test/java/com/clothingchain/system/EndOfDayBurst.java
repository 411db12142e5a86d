package com.clothingchain.system;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The Gatling simulation {@link EndOfDayBurstIT} runs (in its JVM, set by system properties): either every branch of
 * the feed reporting its day once within the window ({@code chain.burst.mode=reports}), each with its own connection,
 * sent again after a failure or a 5xx as the branch's outbox would, after 1 s, doubling up to 30 s, ±20 % (the outbox's
 * own delays are 30 s doubling up to 15 minutes), at most {@value #ATTEMPTS} times; or 16
 * clients sending the feed's reports one after the other for 10 seconds, as fast as HQ takes them ({@code saturate});
 * or, to compare with, 16 clients calling the trivial {@code /health/live} for 10 seconds ({@code trivial}).
 */
public class EndOfDayBurst extends Simulation {

    static final String TARGET = "chain.burst.target";
    static final String FEED = "chain.burst.feed";
    static final String USERS = "chain.burst.users";
    static final String WINDOW = "chain.burst.window";
    static final String MODE = "chain.burst.mode";
    /** Attempts per report: with the back-off, a report is tried for some 8 minutes before it counts as lost. */
    static final int ATTEMPTS = 20;

    {
        HttpProtocolBuilder protocol = http.baseUrl(System.getProperty(TARGET)).acceptHeader("application/json");
        if ("trivial".equals(System.getProperty(MODE))) {
            ScenarioBuilder trivial = scenario("trivial endpoint")
                    .exec(http("GET /health/live").get("/health/live").check(status().is(200)));
            setUp(trivial.injectClosed(constantConcurrentUsers(16).during(Duration.ofSeconds(10)))).protocols(protocol);
        } else {
            ChainBuilder report = tryMax(ATTEMPTS, "attempt").on(
                    doIf(session -> session.getInt("attempt") > 0).then(pause(session -> backoff(session.getInt("attempt"))))
                            .exec(http("PUT day report").put("/hq-api/v1/branches/#{code}/daily-revenue/#{date}")
                                    .header("Authorization", "Bearer #{key}")
                                    .body(StringBody("{\"revenue\":#{revenue},\"loss\":0,\"transactionCount\":1}")).asJson()
                                    .check(status().in(200, 201))));
            ScenarioBuilder reports = scenario("day reports").feed(csv(System.getProperty(FEED)).queue()).exec(report);
            if ("saturate".equals(System.getProperty(MODE))) {
                setUp(reports.injectClosed(constantConcurrentUsers(16).during(Duration.ofSeconds(10)))).protocols(protocol);
            } else {
                setUp(reports.injectOpen(rampUsers(Integer.getInteger(USERS)).during(Duration.ofSeconds(Integer.getInteger(WINDOW)))))
                        .protocols(protocol);
            }
        }
    }

    /** The wait before attempt {@code attempt} (1 for the first resend): 1 s doubling, at most 30 s, ±20 %. */
    static Duration backoff(int attempt) {
        long millis = Math.min(30_000L, 1000L << Math.min(attempt - 1, 5));
        return Duration.ofMillis((long) (millis * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    }
}
