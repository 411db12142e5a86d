package com.clothingchain.system.runtime;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few calls an admin tool makes to HQ's API: register a branch, rotate its key, set its till, send a report. */
public class HqClient {

    private static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;
    private final String adminAuthorization;

    public HqClient(URI hqBase, String adminUser, String adminPassword) {
        this.api = URI.create(hqBase + "/hq-api/v1/");
        this.adminAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** Registers the branch and returns its new API key; an already registered branch gets a new key. */
    public String registerOrRotate(String code, String name, String location, URI branchUrl, String timeZone)
            throws IOException, InterruptedException {
        String body = "{\"code\":\"%s\",\"name\":\"%s\",\"location\":\"%s\",\"url\":\"%s\",\"timeZone\":\"%s\",\"currency\":\"USD\"}"
                .formatted(code, name, location, branchUrl, timeZone);
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("branches"))
                .header("Authorization", adminAuthorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() == 409) {
            response = send(HttpRequest.newBuilder(api.resolve("branches/" + code + "/api-key"))
                    .header("Authorization", adminAuthorization).POST(HttpRequest.BodyPublishers.noBody()));
        }
        return apiKey(expect(response, 200, 201));
    }

    /** Sets a branch's till settings (its jurisdiction must have tax rates at HQ). */
    public void tillSettings(String code, String jurisdiction, String taxMode, String cashRounding)
            throws IOException, InterruptedException {
        String body = "{\"jurisdiction\":\"%s\",\"taxMode\":\"%s\",\"cashRounding\":%s}".formatted(jurisdiction, taxMode, cashRounding);
        expect(send(HttpRequest.newBuilder(api.resolve("branches/" + code + "/till-settings"))
                .header("Authorization", adminAuthorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))), 200);
    }

    /** Sends one daily report as the branch would; returns the HTTP status. */
    public int report(String code, String apiKey, LocalDate date, BigDecimal revenue, BigDecimal loss, int transactions)
            throws IOException, InterruptedException {
        String body = "{\"revenue\":%s,\"loss\":%s,\"transactionCount\":%d,\"revision\":1}"
                .formatted(revenue.toPlainString(), loss.toPlainString(), transactions);
        return send(HttpRequest.newBuilder(api.resolve("branches/" + code + "/daily-revenue/" + date))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))).statusCode();
    }

    /**
     * Sends the branch a delivery from the warehouse with these units of each SKU, unless HQ sent it one already;
     * answers whether it sent one.
     */
    public boolean deliverOnce(String code, String note, Map<String, Integer> units) throws IOException, InterruptedException {
        String held = expect(send(HttpRequest.newBuilder(api.resolve("deliveries?limit=1&branch=" + code))
                .header("Authorization", adminAuthorization)), 200);
        if (!held.strip().equals("[]")) {
            return false;
        }
        String lines = units.entrySet().stream().map(e -> "{\"sku\":\"%s\",\"quantity\":%d}".formatted(e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(","));
        expect(send(HttpRequest.newBuilder(api.resolve("deliveries")).header("Authorization", adminAuthorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"branch\":\"%s\",\"note\":\"%s\",\"lines\":[%s]}".formatted(code, note, lines)))), 201);
        return true;
    }

    /** HQ's catalogue version. */
    public long catalogueVersion() throws IOException, InterruptedException {
        return version(expect(send(HttpRequest.newBuilder(api.resolve("catalogue/version")).header("Authorization", adminAuthorization)), 200));
    }

    /** The catalogue version a branch holds, asked with one of its users' credentials; -1 while it can not answer. */
    public long branchCatalogueVersion(URI branchBase, String user, String password) throws InterruptedException {
        try {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(branchBase + "/branch/api/v1/catalogue"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
            return answer.statusCode() == 200 ? version(answer.body()) : -1;
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static long version(String json) {
        Matcher matcher = VERSION.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No version in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Sent again after a 503 (HQ busy, e.g. checking another password), after the Retry-After it names, at most 5 times. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        for (int attempt = 1; response.statusCode() == 503 && attempt < 5; attempt++) {
            Thread.sleep(1000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static String expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    private static String apiKey(String json) {
        Matcher matcher = API_KEY.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No apiKey in " + json);
        }
        return matcher.group(1);
    }
}
