package dev.asdf.burnengine.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 in front of the LiteSVM facade: a second RPC provider for the chaos test that can be taken
 * down (listener and every open connection closed: calls are refused, WebSockets drop) and brought back on the same
 * port, as a provider's outage looks from the engine.
 */
final class RelayEndpoint implements AutoCloseable {
    private final URI target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    private RelayEndpoint(URI target) throws IOException {
        this.target = target;
        this.server = listen(0);
        this.port = server.getLocalPort();
        accept(server);
    }

    static RelayEndpoint to(URI target) throws IOException {
        return new RelayEndpoint(target);
    }

    /** The relay's URL: the target's scheme and path on the relay's port. */
    URI url() {
        return URI.create(target.getScheme() + "://127.0.0.1:" + port + target.getRawPath());
    }

    boolean isUp() {
        return server != null;
    }

    /** The outage: nothing listens on the port any more and every relayed connection is cut. */
    synchronized void down() {
        ServerSocket s = server;
        server = null;
        closeQuietly(s);
        open.forEach(RelayEndpoint::closeQuietly);
        open.clear();
    }

    /** The provider is back, on the same port. */
    synchronized void up() throws IOException {
        if (server == null) {
            server = listen(port);
            accept(server);
        }
    }

    @Override
    public void close() {
        down();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    private void accept(ServerSocket listening) {
        daemon("relay-accept-" + port, () -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(target.getHost(), target.getPort());
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // the listener was closed by down(), or the facade refused: the client sees a reset
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        daemon("relay-pump-" + port, () -> {
            byte[] buffer = new byte[16_384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed or was cut by down()
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
