package com.clothingchain.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hundreds of hostile requests, generated over every endpoint of both APIs by callers the endpoint lets in (so the
 * input itself is what gets judged): bodies of the wrong shape and type, missing and extra fields, nesting 10,000
 * deep, 300 KB and 10 MB bodies, control and right-to-left characters, SQL and script payloads, numbers out of any
 * range, path traversal and junk in path and query parameters, methods and media types an endpoint does not take,
 * and broken credentials. Not one may be answered 5xx; every refusal is a problem detail; and both databases are
 * exactly as before (their fingerprints, the branch's outbox included).
 */
class HostileInputIT {

    private static final String CLERK = Http.basic("clerk", "demo-clerk-pw");
    private static final String MANAGER = Http.basic("manager", "demo-manager-pw");
    private static final String HQ_ADMIN = Http.basic("hq-admin", "demo-admin-pw");

    private static TestChain chain;

    record Endpoint(String method, URI base, String path, String caller, List<String> fields) {
    }

    @BeforeAll
    static void start() {
        chain = TestChain.get();
    }

    private static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1", "1; DROP TABLE products;--", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "\u0000\u0001\u001b[2J", "\u202egnp.exe", "𝕋𝕊ℍ-ℝ𝔼𝔻 👕", "x".repeat(5000), "../../../../etc/passwd", "${jndi:ldap://x/a}",
            "=cmd|' /C calc'!A0", "%00", "\\u0000");
    private static final List<String> HOSTILE_VALUES = List.of(
            "null", "true", "-1", "0", "1e400", "-1e400", "0.001", "99999999999999999999999999999", "1.5", "[]", "{}",
            "[1,2,3]", "{\"$ne\":null}");
    private static final List<String> HOSTILE_PATH = List.of(
            "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "%27%20OR%201%3D1%20--", "%00", "%3Cscript%3E", "x".repeat(2000),
            "%F0%9F%91%95", "-1", "99999999999999999999");

    private List<Endpoint> endpoints() {
        URI branch = chain.branchApi();
        URI hq = chain.hqApi();
        String key = Http.bearer(chain.branchKey);
        return List.of(
                new Endpoint("PUT", branch, "me/password", CLERK, List.of("currentPassword", "newPassword")),
                new Endpoint("POST", branch, "users", MANAGER, List.of("username", "displayName", "password", "roles")),
                new Endpoint("PUT", branch, "users/{}", MANAGER, List.of("displayName", "roles", "enabled")),
                new Endpoint("PUT", branch, "users/{}/password", MANAGER, List.of("password")),
                new Endpoint("POST", branch, "products", MANAGER, List.of("sku", "name", "category", "size", "colour", "price")),
                new Endpoint("PUT", branch, "products/{}", MANAGER, List.of("name", "category", "size", "colour", "price", "active")),
                new Endpoint("POST", branch, "sales", CLERK, List.of("lines", "businessDate", "payments", "till")),
                new Endpoint("POST", branch, "returns", CLERK, List.of("receiptNumber", "lines", "businessDate", "refundTender",
                        "refundReference", "till")),
                new Endpoint("POST", branch, "exchanges", CLERK, List.of("receiptNumber", "returnLines", "reason", "lines", "payments",
                        "refundTender", "till")),
                new Endpoint("POST", branch, "tills", CLERK, List.of("till", "openingFloat")),
                new Endpoint("POST", branch, "tills/{}/movements", MANAGER, List.of("kind", "amount", "reason")),
                new Endpoint("POST", branch, "tills/{}/count", CLERK, List.of("counted", "denominations")),
                new Endpoint("POST", branch, "tills/sessions/{}/approval", MANAGER, List.of("reason")),
                new Endpoint("POST", branch, "losses", CLERK, List.of("sku", "quantity", "reason", "note", "businessDate")),
                new Endpoint("POST", branch, "days/{}/close", MANAGER, List.of()),
                new Endpoint("POST", branch, "service-calls/{}/requeue", MANAGER, List.of()),
                new Endpoint("GET", branch, "products/{}", CLERK, List.of()),
                new Endpoint("GET", branch, "products/by-barcode/{}", CLERK, List.of()),
                new Endpoint("GET", branch, "sales/{}", CLERK, List.of()),
                new Endpoint("GET", branch, "days/{}", CLERK, List.of()),
                new Endpoint("GET", branch, "users/{}", MANAGER, List.of()),
                new Endpoint("GET", branch, "stock/{}", CLERK, List.of()),
                new Endpoint("GET", branch, "stock/{}/movements", CLERK, List.of()),
                new Endpoint("POST", branch, "stock/{}/count", MANAGER, List.of("counted", "note", "businessDate")),
                new Endpoint("GET", branch, "days/{}/variant-figures", MANAGER, List.of()),
                new Endpoint("POST", branch, "deliveries/{}/receipt", CLERK, List.of("lines", "businessDate")),
                new Endpoint("GET", branch, "deliveries/{}", CLERK, List.of()),
                new Endpoint("POST", branch, "transfers", MANAGER, List.of("to", "note", "lines", "businessDate", "request")),
                new Endpoint("POST", branch, "transfer-requests", MANAGER, List.of("to", "note", "lines")),
                new Endpoint("POST", branch, "transfer-requests/{}/decline", MANAGER, List.of("reason")),
                new Endpoint("POST", branch, "transfers/{}/cancel", MANAGER, List.of()),
                new Endpoint("POST", branch, "stock-counts", MANAGER, List.of("scope", "category")),
                new Endpoint("GET", branch, "stock-counts/{}", CLERK, List.of()),
                new Endpoint("POST", branch, "stock-counts/{}/lines", CLERK, List.of("sku", "barcode")),
                new Endpoint("PUT", branch, "stock-counts/{}/lines/TSH-RED-M", CLERK, List.of("counted")),
                new Endpoint("PUT", branch, "stock-counts/999999/lines/{}", CLERK, List.of("counted")),
                new Endpoint("GET", branch, "stock-counts/{}/variances", MANAGER, List.of()),
                new Endpoint("POST", branch, "stock-counts/{}/post", MANAGER, List.of("uncountedAreZero")),
                new Endpoint("POST", branch, "stock-counts/{}/cancel", MANAGER, List.of()),
                new Endpoint("PUT", hq, "me/password", HQ_ADMIN, List.of("currentPassword", "newPassword")),
                new Endpoint("POST", hq, "users", HQ_ADMIN, List.of("username", "displayName", "password", "roles")),
                new Endpoint("PUT", hq, "users/{}", HQ_ADMIN, List.of("displayName", "roles", "enabled")),
                new Endpoint("POST", hq, "branches", HQ_ADMIN, List.of("code", "name", "location", "url", "timeZone", "currency")),
                new Endpoint("PUT", hq, "branches/{}", HQ_ADMIN, List.of("name", "location", "url", "timeZone", "active")),
                new Endpoint("POST", hq, "branches/{}/api-key", HQ_ADMIN, List.of()),
                new Endpoint("PUT", hq, "branches/{}/price-group", HQ_ADMIN, List.of("priceGroup")),
                new Endpoint("GET", hq, "branches/{}", HQ_ADMIN, List.of()),
                new Endpoint("POST", hq, "catalogue/size-scales", HQ_ADMIN, List.of("code", "name", "sizes")),
                new Endpoint("POST", hq, "catalogue/categories", HQ_ADMIN, List.of("code", "name", "parent", "sizeScale")),
                new Endpoint("PUT", hq, "catalogue/styles/{}", HQ_ADMIN,
                        List.of("name", "category", "season", "description", "active", "variants")),
                new Endpoint("PUT", hq, "catalogue/variants/{}/prices", HQ_ADMIN, List.of("currency", "branch", "group", "from", "price")),
                new Endpoint("POST", hq, "catalogue/imports", HQ_ADMIN, List.of("style_code", "sku", "barcode")),
                new Endpoint("GET", hq, "catalogue/styles/{}", HQ_ADMIN, List.of()),
                new Endpoint("GET", hq, "catalogue/variants/{}", HQ_ADMIN, List.of()),
                new Endpoint("GET", hq, "catalogue/export", HQ_ADMIN, List.of()),
                new Endpoint("PUT", hq, "branches/{}/till-settings", HQ_ADMIN, List.of("jurisdiction", "taxMode", "cashRounding")),
                new Endpoint("POST", hq, "tenders", HQ_ADMIN, List.of("code", "name", "kind")),
                new Endpoint("PUT", hq, "tenders/{}", HQ_ADMIN, List.of("name", "active")),
                new Endpoint("GET", hq, "tenders", HQ_ADMIN, List.of()),
                new Endpoint("POST", hq, "tax-rates", HQ_ADMIN, List.of("jurisdiction", "category", "from", "rate")),
                new Endpoint("PUT", hq, "branches/" + TestChain.BRANCH + "/daily-revenue/{}", key,
                        List.of("revenue", "loss", "transactionCount", "revision", "reportVersion", "tenders", "taxTotal",
                                "refunds", "cashVariance")),
                new Endpoint("POST", hq, "deliveries", HQ_ADMIN, List.of("branch", "note", "lines")),
                new Endpoint("GET", hq, "deliveries/{}", HQ_ADMIN, List.of()),
                new Endpoint("PUT", hq, "branches/" + TestChain.BRANCH + "/deliveries/{}/receipt", key,
                        List.of("receivedAt", "receivedBy", "lines")),
                new Endpoint("PUT", hq, "branches/" + TestChain.BRANCH + "/transfers/{}", key,
                        List.of("to", "sentAt", "sentBy", "note", "lines", "request")),
                new Endpoint("PUT", hq, "branches/" + TestChain.BRANCH + "/transfer-requests/{}", key,
                        List.of("reference", "from", "to", "requestedAt", "requestedBy", "note", "lines")),
                new Endpoint("PUT", hq, "branches/" + TestChain.BRANCH + "/transfer-request-answers/{}", key,
                        List.of("reason", "answeredAt", "answeredBy")),
                new Endpoint("GET", hq, "branches/" + TestChain.BRANCH + "/transfer-requests/{}", key, List.of()),
                new Endpoint("PUT", hq, "branches/" + TestChain.BRANCH + "/variant-figures/{}", key,
                        List.of("revision", "revenue", "loss", "rounding", "variants")),
                new Endpoint("PUT", hq, "branches/" + TestChain.BRANCH + "/till-sessions/{}", key,
                        List.of("till", "zNumber", "businessDate", "clerk", "closedBy", "openedAt", "closedAt", "openingFloat",
                                "tenders", "paidIn", "paidOut", "approval")));
    }

    @Test
    void hostileRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        chain.awaitCatalogue();
        Map<String, String> hqBefore = SiteDatabase.fingerprint(chain, "hq");
        Map<String, String> branchBefore = SiteDatabase.fingerprint(chain, "b001");

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        List<HttpRequest.Builder> requests = new ArrayList<>();
        endpoints().forEach(endpoint -> requests.addAll(requests(endpoint)));
        requests.addAll(queriesAndCredentials());
        for (HttpRequest.Builder request : requests) {
            sent++;
            try {
                HttpResponse<String> answer = Http.send(request);
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                String wrong = judge(answer);
                if (wrong != null) {
                    failures.add(wrong);
                }
            } catch (RuntimeException e) {
                HttpRequest sentRequest = request.build();
                failures.add(sentRequest.method() + " " + abbreviated(sentRequest.uri().toString()) + " with "
                        + sentRequest.bodyPublisher().map(b -> b.contentLength() + " bytes").orElse("no body") + " got no answer: " + e);
            }
        }
        System.out.println("Hostile input: " + sent + " requests, answered " + statuses);
        assertTrue(sent >= 500, "only " + sent + " requests");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers were wrong:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(hqBefore, SiteDatabase.fingerprint(chain, "hq"), "HQ's database changed");
        assertEquals(branchBefore, SiteDatabase.fingerprint(chain, "b001"), "the branch's database changed");
    }

    /**
     * What is wrong with an answer to a hostile request, or null: any 5xx, a 2xx to a change, a refusal that is not
     * a problem detail. The HTTP server itself refuses a few requests before any application sees them (an encoded
     * NUL, slash or dot in the path, which could climb out of the application; a request head over 8 KB): those
     * get a bare 4xx with no body, which is all that can be asked of them.
     */
    private static String judge(HttpResponse<String> answer) {
        String request = answer.request().method() + " " + abbreviated(answer.request().uri().toString());
        int status = answer.statusCode();
        if (status >= 500) {
            return request + " answered " + status + ": " + abbreviated(answer.body());
        }
        if (status < 400 && !answer.request().method().equals("GET")) {
            return request + " was accepted (" + status + "): " + abbreviated(answer.body());
        }
        String path = answer.request().uri().getRawPath().toLowerCase(java.util.Locale.ROOT);
        boolean refusedByTheServer = answer.body().isEmpty() && (path.contains("%00") || path.contains("%2f")
                || path.contains("%2e") || answer.request().uri().toString().length() > 8000);
        if (status >= 400 && !refusedByTheServer
                && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return request + " answered " + status + " as " + answer.headers().firstValue("Content-Type").orElse("no type");
        }
        return null;
    }

    private List<HttpRequest.Builder> requests(Endpoint endpoint) {
        List<HttpRequest.Builder> requests = new ArrayList<>();
        String path = endpoint.path().replace("{}", endpoint.path().startsWith("days/") || endpoint.path().contains("daily-revenue")
                || endpoint.path().contains("variant-figures") ? "1999-01-01" : endpoint.path().contains("service-calls") || endpoint.path().contains("sessions") ? "999999" : "NO-SUCH");
        URI uri = endpoint.base().resolve(path);
        for (String value : HOSTILE_PATH) {
            if (endpoint.path().contains("{}")) {
                requests.add(json(endpoint, endpoint.base().resolve(endpoint.path().replace("{}", value)), endpoint.method(), "{}"));
            }
        }
        if (endpoint.method().equals("GET")) {
            requests.add(json(endpoint, uri, "DELETE", null));
            requests.add(json(endpoint, uri, "PATCH", "{}"));
            requests.add(raw(endpoint, uri, "GET", null, null).header("Accept", "text/html"));
            return requests;
        }
        for (String body : List.of("not json", "{", "[]", "\"text\"", "123", "null", "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                "{" + "\"a\":{".repeat(10_000) + "}".repeat(10_001))) {
            requests.add(json(endpoint, uri, endpoint.method(), body));
        }
        requests.add(json(endpoint, uri, endpoint.method(), "{\"x\":\"" + "y".repeat(300 * 1024) + "\"}"));
        requests.add(json(endpoint, uri, endpoint.method(), "{\"x\":\"" + "y".repeat(10 * 1024 * 1024) + "\"}"));
        requests.add(raw(endpoint, uri, endpoint.method(), "text/plain", "hello"));
        requests.add(raw(endpoint, uri, endpoint.method(), "application/xml", "<a/>"));
        requests.add(raw(endpoint, uri, endpoint.method(), "application/x-www-form-urlencoded", "a=1"));
        requests.add(json(endpoint, uri, "DELETE", null));
        requests.add(json(endpoint, uri, "PATCH", "{}"));
        for (String field : endpoint.fields()) {
            for (String text : HOSTILE_TEXT) {
                requests.add(json(endpoint, uri, endpoint.method(), "{\"" + field + "\":" + quoted(text) + ",\"unexpected\":1}"));
            }
            for (String value : HOSTILE_VALUES) {
                requests.add(json(endpoint, uri, endpoint.method(), "{\"" + field + "\":" + value + "}"));
            }
        }
        return requests;
    }

    /** Hostile query parameters on the reading endpoints, and broken credentials. */
    private List<HttpRequest.Builder> queriesAndCredentials() {
        List<HttpRequest.Builder> requests = new ArrayList<>();
        URI branch = chain.branchApi();
        URI hq = chain.hqApi();
        for (String text : HOSTILE_TEXT) {
            String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
            requests.add(get(branch.resolve("products?q=" + q + "&active=" + q), CLERK));
            requests.add(get(hq.resolve("daily-revenue?from=" + q + "&to=2026-01-01"), HQ_ADMIN));
            requests.add(get(hq.resolve("daily-revenue?from=2026-01-01&to=2026-01-31&branch=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("audit?from=" + q + "&limit=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("audit?actor=" + q + "&event=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("catalogue/export?format=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("tax-rates?jurisdiction=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("sales-by-variant?from=" + q + "&to=2026-01-01"), HQ_ADMIN));
            requests.add(get(hq.resolve("sales-by-variant?from=2026-01-01&to=2026-01-31&branch=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("stock?sku=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("merchandise/styles?from=2026-01-01&to=2026-01-31&category=" + q + "&order=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("merchandise/rankings?from=2026-01-01&to=2026-01-31&by=" + q + "&category=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("merchandise/size-curve?from=2026-01-01&to=2026-01-31&branch=" + q + "&category=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("merchandise/shrink?from=" + q + "&to=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("variant-figures/checks?from=2026-01-01&to=2026-01-31&branch=" + q + "&status=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("cash/sessions?from=" + q + "&to=2026-01-01"), HQ_ADMIN));
            requests.add(get(hq.resolve("cash/sessions?from=2026-01-01&to=2026-01-31&branch=" + q + "&clerk=" + q), HQ_ADMIN));
            requests.add(get(hq.resolve("branches/" + TestChain.BRANCH + "/catalogue?since=" + q + "&limit=" + q),
                    Http.bearer(chain.branchKey)));
        }
        for (String limit : List.of("-1", "0", "1001", "99999999999", "abc")) {
            requests.add(get(hq.resolve("audit?limit=" + limit), HQ_ADMIN));
            requests.add(get(hq.resolve("audit?offset=" + limit), HQ_ADMIN));
            requests.add(get(hq.resolve("variant-figures/checks?from=2026-01-01&to=2026-01-31&limit=" + limit + "&offset=" + limit), HQ_ADMIN));
            requests.add(get(hq.resolve("cash/sessions?from=2026-01-01&to=2026-01-31&limit=" + limit + "&offset=" + limit), HQ_ADMIN));
            requests.add(get(hq.resolve("merchandise/styles?from=2026-01-01&to=2026-01-31&limit=" + limit + "&offset=" + limit), HQ_ADMIN));
            requests.add(get(hq.resolve("merchandise/rankings?by=branch&from=2026-01-01&to=2026-01-31&limit=" + limit + "&offset=" + limit),
                    HQ_ADMIN));
        }
        for (String authorization : List.of("Basic !!!", "Basic " + "QQ".repeat(1500), "Bearer " + "k".repeat(3000),
                "Basic bm8tY29sb24=", "Basic OnBhc3N3b3Jk", "Digest username=\"x\"", "Bearer", "Basic")) {
            requests.add(get(branch.resolve("me"), authorization));
            requests.add(get(hq.resolve("branches/" + TestChain.BRANCH), authorization));
        }
        requests.add(get(URI.create(chain.branch.baseUri() + "/branch/api/"), CLERK));
        requests.add(get(URI.create(chain.branch.baseUri() + "/branch/api/v2/products"), CLERK));
        requests.add(get(URI.create(chain.hq.baseUri() + "/hq-api/v1/no-such-thing"), HQ_ADMIN));
        requests.add(get(URI.create(chain.hq.baseUri() + "/hq-api/v1/..%2F..%2Fetc%2Fpasswd"), HQ_ADMIN));
        return requests;
    }

    private static HttpRequest.Builder get(URI uri, String authorization) {
        return HttpRequest.newBuilder(uri).header("Authorization", authorization).GET();
    }

    private static HttpRequest.Builder json(Endpoint endpoint, URI uri, String method, String body) {
        return raw(endpoint, uri, method, body == null ? null : "application/json", body);
    }

    private static HttpRequest.Builder raw(Endpoint endpoint, URI uri, String method, String type, String body) {
        var request = HttpRequest.newBuilder(uri).header("Authorization", endpoint.caller())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return type == null ? request : request.header("Content-Type", type);
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
