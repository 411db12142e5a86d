package com.clothingchain.system.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HQ: the EAR on Payara Server Full, in a domain of its own. Every port of the domain is the default port
 * moved by the same offset as the HTTP port (8080 gives the defaults), so several can run side by side.
 * The domain is configured on every start by {@code payara-config/hq-pre-boot.asadmin}; the EAR is
 * deployed into the running server (a deploy in a post-boot file stalls for minutes in Payara's JMS
 * configuration listener). The domain's admin user has a random password, kept only in a file next to the
 * domain that only its owner may read, and the admin port answers on this machine only.
 */
public class PayaraServer extends Server {

    private final Path payaraHome;
    private final Path domainDir;
    private final Path ear;
    private final Path preBootFile;
    private final int httpPort;
    private boolean availabilityEnabled;

    public PayaraServer(String name, Path payaraHome, Path domainDir, Path ear, Path preBootFile, int httpPort,
                        Map<String, String> environment) {
        super(name, domainDir.resolve(name).resolve("logs").resolve("server.log"), environment);
        this.payaraHome = payaraHome;
        this.domainDir = domainDir;
        this.ear = ear;
        this.preBootFile = preBootFile;
        this.httpPort = httpPort;
    }

    /** Deploys with availability enabled: HQ's sessions kept in the data grid, as on several servers. */
    public PayaraServer withSessionsReplicated() {
        availabilityEnabled = true;
        return this;
    }

    @Override
    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort);
    }

    @Override
    public URI healthUri() {
        return URI.create(baseUri() + "/health");
    }

    public int adminPort() {
        return port(4848);
    }

    private int port(int defaultPort) {
        return defaultPort + httpPort - 8080;
    }

    @Override
    public void start() throws Exception {
        startDomain();
        deploy();
    }

    /** The first half of {@link #start}: the domain runs (created the first time), without deploying the EAR anew. */
    public void startDomain() throws Exception {
        boolean restart = Files.isDirectory(domainDir.resolve(name));
        if (!restart) {
            writeAdminPassword();
            asadmin("--user", "admin", "--passwordfile", adminPasswordFile().toString(),
                    "create-domain", "--adminport", String.valueOf(adminPort()),
                    "--instanceport", String.valueOf(httpPort), "--domainproperties", String.join(":",
                            "http.ssl.port=" + port(8181), "jms.port=" + port(7676), "domain.jmxPort=" + port(8686),
                            "orb.listener.port=" + port(3700), "orb.ssl.port=" + port(3820),
                            "orb.mutualauth.port=" + port(3920), "java.debugger.port=" + port(9009),
                            "osgi.shell.telnet.port=" + port(6666)),
                    "--domaindir", domainDir.toString(), name);
            // The welcome page at / names the server and its version.
            Files.deleteIfExists(domainDir.resolve(name).resolve("docroot").resolve("index.html"));
        }
        asadmin("start-domain", "--domaindir", domainDir.toString(), "--prebootcommandfile", preBootFile.toString(), name);
        if (restart) {
            // The domain loads the EAR it already has while it starts; a deploy racing with that fails
            // ("web container has not yet been started"). Let that load finish, then replace it.
            awaitReadyOrGiveUp(Duration.ofMinutes(3));
        }
    }

    /** The second half of {@link #start}: deploys the EAR into the running domain, replacing what it has. */
    public void deploy() throws Exception {
        List<String> deploy = new ArrayList<>();
        if (Files.exists(adminPasswordFile())) {
            deploy.addAll(List.of("--user", "admin", "--passwordfile", adminPasswordFile().toString()));
        } // else a domain made by an earlier version, without an admin password
        deploy.addAll(List.of("--port", String.valueOf(adminPort()), "deploy", "--force=true", "--name", "hq"));
        if (availabilityEnabled) {
            deploy.add("--availabilityenabled=true");
        }
        deploy.add(ear.toAbsolutePath().toString());
        asadmin(deploy.toArray(String[]::new));
    }

    /** {@code AS_ADMIN_PASSWORD=...} for asadmin; readable by its owner only. */
    public Path adminPasswordFile() {
        return domainDir.resolve(name + "-admin.password");
    }

    private void writeAdminPassword() throws IOException {
        Files.createDirectories(domainDir);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        Path file = adminPasswordFile();
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "AS_ADMIN_PASSWORD=" + Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
    }

    private void awaitReadyOrGiveUp(Duration timeout) throws InterruptedException {
        try {
            awaitReady(timeout);
        } catch (IllegalStateException notReady) {
            // the old deployment may be broken or gone; the deploy below replaces it either way
        }
    }

    @Override
    public void stop() throws Exception {
        if (isRunning()) {
            asadmin("stop-domain", "--domaindir", domainDir.toString(), name);
        }
    }

    @Override
    public void kill() {
        pid().flatMap(ProcessHandle::of).ifPresent(Server::killTree);
    }

    @Override
    public boolean isRunning() {
        return pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The domain's JVM while it runs (from the domain's pid file). */
    public Optional<Long> pid() {
        Path pidFile = domainDir.resolve(name).resolve("config").resolve("pid");
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void asadmin(String... arguments) throws IOException, InterruptedException {
        Path script = payaraHome.resolve("bin").resolve("asadmin");
        script.toFile().setExecutable(true);
        var command = new java.util.ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(arguments));
        Path asadminLog = domainDir.resolve(name + "-asadmin.log");
        Files.createDirectories(domainDir);
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(asadminLog.toFile()));
        Map<String, String> env = new HashMap<>(environment);
        env.put("AS_JAVA", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(Duration.ofMinutes(3).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " hangs; see " + asadminLog);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed; see " + asadminLog);
        }
    }
}
