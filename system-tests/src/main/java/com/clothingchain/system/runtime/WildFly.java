package com.clothingchain.system.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One WildFly instance (standalone-full plus MicroProfile Health and OpenAPI, from
 * {@code src-config/wildfly/configure.cli}) with its own server base folder, serving one archive. All ports
 * are moved by the same offset as the HTTP port; health answers on the management port.
 */
public class WildFly extends ChildProcessServer {

    private final Path home;
    private final Path configScript;
    private final Path baseDir;
    private final Path archive;
    private final int offset;

    public WildFly(String name, Path home, Path configScript, Path workDir, Path archive, int httpPort,
                   Map<String, String> environment) {
        super(name, workDir.resolve("wildfly/log/server.log"), environment, Duration.ofSeconds(30));
        this.home = home;
        this.configScript = configScript;
        this.baseDir = workDir.resolve("wildfly");
        this.archive = archive;
        this.offset = httpPort - 8080;
    }

    @Override
    public URI baseUri() {
        return URI.create("http://localhost:" + (8080 + offset));
    }

    @Override
    public URI healthUri() {
        return URI.create("http://localhost:" + (9990 + offset) + "/health");
    }

    @Override
    public void start() throws Exception {
        configureOnce();
        if (!Files.isDirectory(baseDir)) {
            copyTree(home.resolve("standalone"), baseDir);
        }
        Files.copy(archive, baseDir.resolve("deployments").resolve(archive.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        var builder = new ProcessBuilder(script("standalone"), "-c", "standalone-full.xml",
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true).redirectOutput(baseDir.resolveSibling("console.log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
    }

    /** Adds what the chain needs to the distribution's standalone-full.xml, once per unpacked WildFly. */
    private void configureOnce() throws IOException, InterruptedException {
        Path marker = home.resolve("standalone/configuration/.chain-configured");
        synchronized (WildFly.class) {
            if (Files.exists(marker)) {
                return;
            }
            var builder = new ProcessBuilder(script("jboss-cli"), "--file=" + configScript)
                    .redirectErrorStream(true).redirectOutput(home.resolve("chain-configure.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process cli = builder.start();
            if (!cli.waitFor(3, TimeUnit.MINUTES) || cli.exitValue() != 0) {
                throw new IllegalStateException("Configuring WildFly failed; see " + home.resolve("chain-configure.log"));
            }
            Files.createFile(marker);
        }
    }

    private String script(String name) {
        Path script = home.resolve("bin").resolve(name + ".sh");
        script.toFile().setExecutable(true);
        return script.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
