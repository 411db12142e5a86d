package com.clothingchain.branch.sync.control;

import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.branch.days.entity.TillFigures;
import com.clothingchain.contract.DailyRevenueReport;
import com.clothingchain.contract.DeliveryReceipt;
import com.clothingchain.contract.TillSessionReport;
import com.clothingchain.contract.TransferNote;
import com.clothingchain.contract.TransferRequestAnswer;
import com.clothingchain.contract.TransferRequestNote;
import com.clothingchain.contract.VariantDayReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP to HQ's API as this branch ({@code chain.hq.url}, {@code chain.branch.code}, {@code chain.branch.api-key}),
 * with connect and read timeouts, so a hanging HQ can never hold up the branch.
 */
@ApplicationScoped
public class HqConnection {

    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * HQ's status and body; {@link #as} reads the body as a record of the wire contract, {@link #json()} a problem
     * detail as a JSON object (or an empty one).
     */
    public record Answer(int status, String contentType, String body) {

        public boolean isSuccess() {
            return status / 100 == 2;
        }

        /**
         * HQ's API itself refused the request (a 4xx with a problem detail). A 4xx without one comes from
         * something else on the way, e.g. a server that is still deploying HQ's API answers 404 with HTML.
         */
        public boolean isRefusalByHq() {
            return status / 100 == 4 && contentType.startsWith("application/problem+json");
        }

        /** The body as a record of the wire contract. */
        public <T> T as(Class<T> type) {
            return JSON.fromJson(body, type);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException notJson) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
        }

        /** HQ's problem detail (RFC 9457), or what it said. */
        public String detail() {
            JsonObject json = json();
            String detail = json.getString("detail", json.getString("title", body.isBlank() || !contentType.contains("json")
                    ? "no detail" : body));
            return "HTTP " + status + ": " + detail;
        }
    }

    @Inject
    @ConfigProperty(name = "chain.hq.url")
    Optional<String> hqUrl;

    /** Demos and tests on one machine may call HQ over plain HTTP; a real branch sends its key only over HTTPS. */
    @Inject
    @ConfigProperty(name = "chain.hq.allow-http", defaultValue = "false")
    boolean allowHttp;

    @Inject
    BranchSite site;

    @Inject
    @ConfigProperty(name = "chain.branch.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "chain.hq.connect-timeout", defaultValue = "PT5S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "chain.hq.read-timeout", defaultValue = "PT15S")
    Duration readTimeout;

    private volatile HttpClient http;

    /** What is missing to call HQ, if anything. */
    public Optional<String> missingConfiguration() {
        if (hqUrl.filter(url -> !url.isBlank()).isEmpty()) {
            return Optional.of("chain.hq.url (CHAIN_HQ_URL) is not set");
        }
        if (!hqUrl.get().trim().toLowerCase(Locale.ROOT).startsWith("https://") && !allowHttp) {
            return Optional.of("chain.hq.url (CHAIN_HQ_URL) must be an https:// address, so the branch's key never travels"
                    + " in clear text (chain.hq.allow-http=true allows http:// for demos and tests only)");
        }
        if (site.code().isEmpty()) {
            return Optional.of("chain.branch.code (CHAIN_BRANCH_CODE) is not set");
        }
        if (apiKey.filter(k -> !k.isBlank()).isEmpty()) {
            return Optional.of("chain.branch.api-key (CHAIN_BRANCH_API_KEY) is not set");
        }
        return Optional.empty();
    }

    /** {@code GET /v1/branches/{code}}: this branch's registry entry. */
    public Answer registryEntry() throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow()).GET());
    }

    /** {@code PUT /v1/branches/{code}/daily-revenue/{date}}: HQ's PUT is idempotent, so resending is always safe. */
    public Answer report(ServiceCall call) throws IOException, InterruptedException {
        TillFigures till = call.getTill();
        String body = JSON.toJson(till == null
                ? DailyRevenueReport.withoutTills(call.getRevenue(), call.getLoss(), call.getTransactionCount(), call.getRevision())
                : new DailyRevenueReport(call.getRevenue(), call.getLoss(), call.getTransactionCount(), call.getRevision(),
                        DailyRevenueReport.WITH_TILLS, till.getTenders(), till.getTaxTotal(), till.getRefunds(), till.getCashVariance()));
        return send(request("branches/" + site.code().orElseThrow() + "/daily-revenue/" + call.getBusinessDate())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** {@code PUT /v1/branches/{code}/variant-figures/{date}}: idempotent like the day's report. */
    public Answer variantFigures(LocalDate businessDate, VariantDayReport report) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/variant-figures/" + businessDate)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(report))));
    }

    /** {@code GET /v1/branches/{code}/deliveries?after=}: this branch's deliveries numbered after the last one it holds. */
    public Answer deliveries(long after) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/deliveries?after=" + after).GET());
    }

    /** {@code PUT /v1/branches/{code}/deliveries/{number}/receipt}: HQ keeps the first receipt, so resending is safe. */
    public Answer deliveryReceipt(long number, DeliveryReceipt receipt) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/deliveries/" + number + "/receipt")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(receipt))));
    }

    /** {@code PUT /v1/branches/{code}/transfers/{id}}: HQ keeps a transfer once per branch and number, so resending is safe. */
    public Answer transfer(long id, TransferNote note) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/transfers/" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(note))));
    }

    /** {@code PUT /v1/branches/{code}/transfer-requests/{id}}: HQ keeps a request once per branch and number, so resending is safe. */
    public Answer transferRequest(long id, TransferRequestNote note) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/transfer-requests/" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(note))));
    }

    /** {@code GET /v1/branches/{code}/transfer-requests/{id}}: how this branch's own request stands at HQ. */
    public Answer ownTransferRequest(long id) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/transfer-requests/" + id).GET());
    }

    /** {@code GET /v1/branches/{code}/transfer-requests?after=}: the requests made of this branch numbered after the last it holds. */
    public Answer transferRequests(long after) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/transfer-requests?after=" + after).GET());
    }

    /** {@code PUT /v1/branches/{code}/transfer-request-answers/{number}}: HQ keeps the first decline, so resending is safe. */
    public Answer transferRequestAnswer(long number, TransferRequestAnswer answer) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/transfer-request-answers/" + number)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(answer))));
    }

    /** {@code PUT /v1/branches/{code}/till-sessions/{zNumber}}: HQ keeps a Z number once per branch, so resending is safe. */
    public Answer tillSession(int zNumber, TillSessionReport report) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/till-sessions/" + zNumber)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(report))));
    }

    /** {@code GET /v1/branches/{code}/catalogue?since=&limit=}: the catalogue changes after the version held. */
    public Answer catalogue(long since, int limit) throws IOException, InterruptedException {
        return send(request("branches/" + site.code().orElseThrow() + "/catalogue?since=" + since + "&limit=" + limit).GET());
    }

    private HttpRequest.Builder request(String path) {
        String root = hqUrl.orElseThrow().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(root + "/v1/" + path))
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + apiKey.orElseThrow());
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
        }
        return http;
    }
}
