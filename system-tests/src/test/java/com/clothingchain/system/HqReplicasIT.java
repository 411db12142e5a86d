package com.clothingchain.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's replicas in containers share their managers' sessions, as the Kubernetes base runs them (two replicas of the
 * HQ image finding each other through the headless Service {@code hq-peers}, {@code CHAIN_HQ_PEERS}): a manager signed
 * in at the first replica, which is then killed, goes on at the second without signing in again. Run by
 * .ci/containers on the production overlay under {@code podman kube play}, after the smoke suite, in demo mode:
 * <p>
 * {@code -Pcontainers -Dit.test=HqReplicasIT -Dchain.replicas.hq=http://127.0.0.1:38085,http://127.0.0.1:38087
 * "-Dchain.replicas.kill=podman pod kill hq-pod-0"} (the command that kills the first replica's pod).
 */
@Tag("containers")
class HqReplicasIT {

    private static final List<URI> REPLICAS = Arrays.stream(
            System.getProperty("chain.replicas.hq", "http://127.0.0.1:38085,http://127.0.0.1:38087").split(","))
            .map(URI::create).toList();
    private static final List<String> KILL_FIRST = List.of(
            System.getProperty("chain.replicas.kill", "podman pod kill hq-pod-0").split(" "));

    @Test
    void aSignedInManagerGoesOnAtTheOtherReplicaWhenTheirsIsKilled() throws Exception {
        long deadline = System.nanoTime() + ContainersSmokeIT.STARTUP.toNanos();
        for (URI replica : REPLICAS) {
            ContainersSmokeIT.awaitReady(replica, deadline);
        }
        URI first = REPLICAS.get(0);
        URI second = REPLICAS.get(1);
        PageSession manager = PageSession.signIn(URI.create(first + "/hq"), "hq-manager", "demo-manager-pw");
        manager.homeSignedInAs("hq-manager");

        Process kill = new ProcessBuilder(KILL_FIRST).redirectErrorStream(true).start();
        String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kill.waitFor(1, TimeUnit.MINUTES) && kill.exitValue() == 0, KILL_FIRST + " failed: " + said);
        assertThrows(UncheckedIOException.class, () -> Http.get(first.resolve("/health/live"), null),
                "the first replica is gone");

        HttpResponse<String> next = manager.at(URI.create(second + "/hq")).homeSignedInAs("hq-manager");
        System.out.printf("HqReplicasIT: hq-manager signed in at %s; after it was killed, the next page from %s (%d),"
                + " signed in%n", first, second, next.statusCode());
    }
}
