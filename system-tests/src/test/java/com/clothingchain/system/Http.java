package com.clothingchain.system;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small HTTP client for the tests: no redirects followed, JSON bodies as strings. */
public final class Http {

    /** A sale's payment for tests about something else: cash enough for any of their sales, the change given back. */
    public static final String PAID_IN_CASH = "\"payments\":[{\"tender\":\"CASH\",\"amount\":999999}]";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Files are fetched over HTTP/1.1, as browsers and the branch speak it to a plain-HTTP server: the JDK's default
     * asks to upgrade to h2c, and Payara's Grizzly then drops the Content-Type of a streamed answer
     * (eclipse-ee4j/glassfish-grizzly#2192, fixed there only for answers not yet sent when the application finishes).
     */
    private static final HttpClient FILES = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }

    public static HttpResponse<String> get(URI uri, String authorization) {
        var request = HttpRequest.newBuilder(uri).GET();
        return send(authorization == null ? request : request.header("Authorization", authorization));
    }

    public static HttpResponse<String> send(String method, URI uri, String authorization, String json) {
        var request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(authorization == null ? request : request.header("Authorization", authorization));
    }

    /** Any request: a JSON body if given, and the Authorization and Cookie headers where not null. */
    public static HttpResponse<String> call(String method, URI uri, String authorization, String cookie, String json) {
        return call(method, uri, authorization, cookie, json, null);
    }

    /** A call said to come from {@code forwardedFor} (X-Forwarded-For), when not null. */
    public static HttpResponse<String> call(String method, URI uri, String authorization, String cookie, String json, String forwardedFor) {
        var request = HttpRequest.newBuilder(uri)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(request);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(CLIENT, request, Duration.ofSeconds(30), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request, with its body as bytes (a file), given up to two minutes (a whole catalogue, say). */
    public static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        return send(FILES, request, Duration.ofMinutes(2), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Any request, answered as text, given up to two minutes. */
    public static HttpResponse<String> slow(HttpRequest.Builder request) {
        return send(CLIENT, request, Duration.ofMinutes(2), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpClient client, HttpRequest.Builder request, Duration timeout,
                                            HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.timeout(timeout).build(), body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON answer's body, object or array. */
    public static JsonStructure json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** An RFC 9457 problem detail with this status, naming this field (none to skip that check). */
    public static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        if (field != null) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
        }
    }
}
