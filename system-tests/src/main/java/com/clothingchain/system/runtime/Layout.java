package com.clothingchain.system.runtime;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the built archives, the application servers fetched by Maven and the Payara configuration files
 * are, relative to the project's root folder.
 */
public record Layout(Path projectDir) {

    public static Layout fromSystemProperty() {
        return new Layout(Path.of(System.getProperty("chain.project.dir", ".")).toAbsolutePath().normalize());
    }

    public Path hqEar() {
        return existing(projectDir.resolve("hq-ear/target/hq.ear"));
    }

    public Path branchWar() {
        return existing(projectDir.resolve("branch-war/target/branch.war"));
    }

    public Path runtimes() {
        return projectDir.resolve("system-tests/target/runtimes");
    }

    public Path payaraHome() {
        return existing(runtimes().resolve("payara6"));
    }

    public Path payaraMicroJar() {
        return existing(runtimes().resolve("payara-micro.jar"));
    }

    public Path wildflyHome() {
        try (var entries = Files.list(runtimes())) {
            return entries.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("WildFly is missing: build with -Pwildfly"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Path hqPreBoot() {
        return existing(projectDir.resolve("payara-config/hq-pre-boot.asadmin"));
    }

    /** The lines each HQ server of several appends to its pre-boot file (README "HQ on several servers"). */
    public Path hqClusterPreBoot() {
        return existing(projectDir.resolve("payara-config/hq-cluster.asadmin"));
    }

    /** HAProxy's configuration in front of several HQ servers. */
    public Path haproxyConfig() {
        return existing(projectDir.resolve("payara-config/haproxy.cfg"));
    }

    /** {@code branch.properties} and {@code branch-pre-boot.asadmin} for a branch on Payara Micro. */
    public Path payaraConfig() {
        return existing(projectDir.resolve("payara-config"));
    }

    public Path wildflyConfigScript() {
        return existing(projectDir.resolve("src-config/wildfly/configure.cli"));
    }

    private static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: build first (./mvnw -DskipTests package)");
        }
        return path;
    }
}
