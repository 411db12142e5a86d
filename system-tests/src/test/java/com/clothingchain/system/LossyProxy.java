package com.clothingchain.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of HQ that the test controls. Passing, it forwards both ways. Losing responses, it
 * still forwards every request to HQ, but throws HQ's answer away and cuts the connection: the caller never
 * learns that HQ has done what it asked. Down, it cuts every connection and refuses new ones, as if HQ were
 * stopped.
 */
final class LossyProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private volatile boolean losingResponses;
    private volatile boolean down;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<String> lostResponses = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Instant> requestTimes = new CopyOnWriteArrayList<>();

    LossyProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "lossy-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void loseResponses(boolean lose) {
        this.losingResponses = lose;
    }

    /** HQ stopped (true) or back (false), for whoever connects through this proxy. */
    void down(boolean down) {
        this.down = down;
        if (down) {
            open.forEach(LossyProxy::closeQuietly);
        }
    }

    /** The status lines of the answers HQ gave that never reached the caller. */
    List<String> lostResponses() {
        return lostResponses;
    }

    /** The request lines that passed, in order (e.g. {@code GET /hq-api/v1/branches/X/catalogue?since=7&limit=500 HTTP/1.1}). */
    List<String> requests() {
        return requests;
    }

    /** When the first request line containing the text passed, if one did. */
    Optional<Instant> firstRequest(String containing) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).contains(containing)) {
                return Optional.of(requestTimes.get(i));
            }
        }
        return Optional.empty();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket hq = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(hq);
                pump(client, hq, false);
                pump(hq, client, true);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean isResponse) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    String chunk = new String(buffer, 0, Math.min(read, 512), StandardCharsets.ISO_8859_1);
                    if (!isResponse && (chunk.startsWith("GET ") || chunk.startsWith("PUT ") || chunk.startsWith("POST "))) {
                        requests.add(chunk.lines().findFirst().orElse(""));
                        requestTimes.add(Instant.now());
                    }
                    if (isResponse && losingResponses) {
                        String answer = new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                        lostResponses.add(answer.lines().findFirst().orElse(""));
                        break;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException connectionGone) {
                // the other side closed; so do we
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "lossy-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
