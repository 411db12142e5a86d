package com.clothingchain.branch.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The branch's JSON API as a terminal sees it: HTTP Basic as one of the demo users. */
record BranchApi(URL base, String authorization) {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static BranchApi as(URL base, String user, String password) {
        return new BranchApi(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static BranchApi anonymous(URL base) {
        return new BranchApi(base, null);
    }

    /** The request is refused with this problem and changes nothing in the branch's database. */
    static Answer refused(int status, String field, Supplier<Answer> request) {
        String before = BranchDatabase.fingerprint();
        Answer answer = request.get().expectProblem(status, field);
        assertEquals(before, BranchDatabase.fingerprint(), "a refused request changed the database");
        return answer;
    }

    /** An amount of an answer's JSON. */
    static BigDecimal money(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    record Answer(int status, String contentType, String body, HttpResponse<String> response) {

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        Answer expect(int expected) {
            assertEquals(expected, status, body);
            return this;
        }

        /** A problem detail with this status naming this field. */
        Answer expectProblem(int expected, String field) {
            assertEquals(expected, status, body);
            assertEquals("application/problem+json", contentType.split(";")[0], body);
            if (field != null) {
                assertEquals(field, json().getString("field", null), body);
            }
            return this;
        }
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        }
    }
}
