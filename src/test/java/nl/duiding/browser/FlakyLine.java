package nl.duiding.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP pass-through between the browser and the app that a test can cut and restore, to show what a
 * teller sees when the server is briefly unreachable. While cut, connections are refused.
 */
final class FlakyLine implements AutoCloseable {

    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private ServerSocket server;
    private int port;

    FlakyLine(int target) {
        this.target = target;
        restore();
    }

    int port() {
        return port;
    }

    /** Refuses new connections and drops the open ones (also the browser's kept-alive ones). */
    synchronized void cut() {
        closeQuietly(server);
        open.forEach(FlakyLine::closeQuietly);
        open.clear();
    }

    /** Listens again on the same port. */
    synchronized void restore() {
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = server.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket listening = server;
        Thread.ofVirtual().start(() -> accept(listening));
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(app);
                Thread.ofVirtual().start(() -> pipe(client, app));
                Thread.ofVirtual().start(() -> pipe(app, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the other side closed or the line was cut: nothing to keep
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // closing is best effort in a test helper
        }
    }

    @Override
    public void close() {
        cut();
    }
}
