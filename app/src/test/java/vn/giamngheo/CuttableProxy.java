package vn.giamngheo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy between a browser and the application that a test can cut, as a phone loses its
 * signal: OFFLINE refuses every connection (service workers included, which DevTools' emulation of
 * the page does not reach); CUT_SENDS lets a request whose first bytes match {@code cutWhen} reach
 * the server, then drops the answer and the connection, as a signal lost mid-send.
 */
public final class CuttableProxy implements AutoCloseable {
    public enum Mode {
        ONLINE,
        OFFLINE,
        CUT_SENDS
    }

    private final ServerSocket server;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cut = new AtomicInteger();
    private volatile Mode mode = Mode.ONLINE;
    private volatile String cutWhen = "";

    public CuttableProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Answers cut so far. */
    public int cut() {
        return cut.get();
    }

    public void mode(Mode next, String requestStart) {
        this.cutWhen = requestStart == null ? "" : requestStart;
        this.mode = next;
        if (next != Mode.ONLINE) {
            // connections kept alive would otherwise carry on as if the signal were there
            for (Socket s : open) {
                close(s);
            }
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (mode == Mode.OFFLINE) {
                    close(client);
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(upstream);
                boolean[] doomed = {false};
                pump(client, upstream, doomed, true);
                pump(upstream, client, doomed, false);
            } catch (IOException e) {
                // closed: the test is over
            }
        }
    }

    private void pump(Socket from, Socket to, boolean[] doomed, boolean request) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            if (request && mode == Mode.CUT_SENDS && !cutWhen.isEmpty()) {
                                String head = new String(buffer, 0, Math.min(n, 200), StandardCharsets.ISO_8859_1);
                                if (head.startsWith(cutWhen)) {
                                    doomed[0] = true;
                                }
                            }
                            if (!request && doomed[0]) {
                                // the server answered; the phone never hears it
                                cut.incrementAndGet();
                                break;
                            }
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // one side closed
                    } finally {
                        close(from);
                        close(to);
                    }
                },
                "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void close(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            close(s);
        }
    }
}
