package com.clothingchain.system.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** One application server process of the chain, started and stopped from outside like an admin would. */
public abstract class Server {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    protected final String name;
    protected final Path logFile;
    protected final Map<String, String> environment;

    protected Server(String name, Path logFile, Map<String, String> environment) {
        this.name = name;
        this.logFile = logFile;
        this.environment = environment;
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** Where the applications answer, e.g. {@code http://localhost:8080}. */
    public abstract URI baseUri();

    /** Where MicroProfile Health answers, e.g. {@code http://localhost:8080/health}. */
    public abstract URI healthUri();

    public abstract void start() throws Exception;

    /** A clean shutdown. */
    public abstract void stop() throws Exception;

    /** SIGKILL, as a crash or power loss would end it. */
    public abstract void kill();

    public abstract boolean isRunning();

    private volatile String lastReadiness = "none yet";

    public boolean isReady() {
        try {
            var request = HttpRequest.newBuilder(URI.create(healthUri() + "/ready")).timeout(Duration.ofSeconds(3)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            lastReadiness = response.statusCode() + " " + response.body();
            return response.statusCode() == 200;
        } catch (Exception e) {
            lastReadiness = e.toString();
            return false;
        }
    }

    /** Waits until the server's readiness check is UP; fails early if the process died. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!isReady()) {
            if (!isRunning()) {
                throw new IllegalStateException(name + " stopped while starting; see " + logFile);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s (last answer: "
                        + lastReadiness + "); see " + logFile);
            }
            Thread.sleep(250);
        }
    }

    protected static void stopTree(ProcessHandle process, Duration grace) {
        var children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        children.forEach(child -> {
            try {
                child.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        });
    }

    protected static void killTree(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().join();
    }
}
