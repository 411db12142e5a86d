package com.clothingchain.system.runtime;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A branch: the branch WAR on its own Payara Micro JVM ({@code --nohazelcast}: a branch shares nothing with other
 * JVMs), with the system properties and pre-boot commands of {@code payara-config/}.
 */
public class PayaraMicro extends ChildProcessServer {

    private final Path microJar;
    private final Path war;
    private final Path payaraConfig;
    private final int port;
    private final Path workDir;

    public PayaraMicro(String name, Path microJar, Path war, Path payaraConfig, int port, Path workDir,
                       Map<String, String> environment) {
        super(name, workDir.resolve(name + ".log"), environment, Duration.ofSeconds(20));
        this.microJar = microJar;
        this.war = war;
        this.payaraConfig = payaraConfig;
        this.port = port;
        this.workDir = workDir;
    }

    @Override
    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    @Override
    public URI healthUri() {
        return URI.create(baseUri() + "/health");
    }

    @Override
    public void start() throws Exception {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(Java.executable(), "-Xmx512m",
                "-jar", microJar.toString(), "--nohazelcast", "--port", String.valueOf(port),
                "--systemproperties", payaraConfig.resolve("branch.properties").toString(),
                "--prebootcommandfile", payaraConfig.resolve("branch-pre-boot.asadmin").toString(),
                "--name", name, "--deploy", war.toString(), "--contextroot", "branch"));
        var builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }
}
