package com.clothingchain.system.runtime;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Debian's HAProxy in front of the HQ servers, with {@code payara-config/haproxy.cfg} and the addresses in its
 * environment ({@code HQ_LISTEN}, {@code HQ_SERVER_1}, {@code HQ_SERVER_2}), in the foreground as a child process, its
 * output in a log file. Ready when a request for HQ's readiness through it is answered 200 (at least one server is up).
 */
public final class HaProxy extends ChildProcessServer {

    private final Layout layout;
    private final String bindAddress;
    private final int port;
    private final List<String> servers;

    /**
     * @param bindAddress the address to listen on ({@code 127.0.0.1}), or empty for every interface
     * @param servers     each HQ server's HTTP address as {@code host:port}, as many as haproxy.cfg names (two)
     */
    public HaProxy(Layout layout, String bindAddress, int port, List<String> servers, Path logFile) {
        super("haproxy", logFile, java.util.Map.of(), Duration.ofSeconds(5));
        this.layout = layout;
        this.bindAddress = bindAddress;
        this.port = port;
        this.servers = List.copyOf(servers);
    }

    /** The haproxy executable on the PATH (or in /usr/sbin, where Debian puts it, often not on a user's PATH). */
    public static Optional<Path> executable() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/local/sbin"));
        return dirs.stream().filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "haproxy"))
                .filter(Files::isExecutable).findFirst();
    }

    /** The haproxy executable, or a refusal that says how to install it. */
    public static Path requireExecutable() {
        return executable().orElseThrow(() -> new IllegalStateException(
                "HAProxy is needed and not on the PATH: install it (Debian/Ubuntu: sudo apt-get install haproxy)"));
    }

    @Override
    public URI baseUri() {
        return URI.create("http://" + (bindAddress.isEmpty() ? "localhost" : bindAddress) + ":" + port);
    }

    @Override
    public URI healthUri() {
        return URI.create(baseUri() + "/health");
    }

    @Override
    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(requireExecutable().toString(), "-db", "-f",
                layout.haproxyConfig().toString()));
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().put("HQ_LISTEN", bindAddress + ":" + port);
        for (int i = 0; i < servers.size(); i++) {
            builder.environment().put("HQ_SERVER_" + (i + 1), servers.get(i));
        }
        process = builder.start();
    }
}
