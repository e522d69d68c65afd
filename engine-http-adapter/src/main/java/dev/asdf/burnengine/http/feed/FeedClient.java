package dev.asdf.burnengine.http.feed;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.ServerWebSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One connected WebSocket client and the messages it has not taken yet. A message counts as waiting from the moment
 * it is handed to the socket until the socket has written it, so a client that stops reading fills its allowance
 * within {@code bound} messages and is then dropped instead of growing a buffer on the server.
 */
final class FeedClient {
    private final ServerWebSocket socket;
    private final HttpConnection connection;
    private final int bound;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean dropped;
    private long lastSnapshotNanos;

    FeedClient(ServerWebSocket socket, HttpConnection connection, int bound) {
        this.socket = socket;
        this.connection = connection;
        this.bound = bound;
    }

    /** @return false when the client has fallen {@code bound} messages behind (or is gone) and must be dropped */
    boolean offer(String text) {
        if (dropped || socket.isClosed()) {
            return false;
        }
        if (waiting.incrementAndGet() > bound) {
            waiting.decrementAndGet();
            return false;
        }
        socket.writeTextMessage(text).onComplete(ar -> waiting.decrementAndGet());
        return true;
    }

    /**
     * Disconnects a client that stopped reading: the close frame is written if the socket still takes it, and the TCP
     * connection is closed at once either way, so nothing stays buffered for it.
     */
    void drop(short code, String reason) {
        if (dropped) {
            return;
        }
        dropped = true;
        if (!socket.isClosed()) {
            socket.close(code, reason);
        }
        connection.close();
    }

    /** Closes the WebSocket politely (the client gets the close frame and the reason). */
    void goAway(short code, String reason) {
        dropped = true;
        if (!socket.isClosed()) {
            socket.close(code, reason);
        }
    }

    /** Snapshot requests are limited to one a second per client, so a client cannot make the server render in a loop. */
    boolean snapshotAllowed() {
        long now = System.nanoTime();
        if (lastSnapshotNanos != 0 && now - lastSnapshotNanos < 1_000_000_000L) {
            return false;
        }
        lastSnapshotNanos = now;
        return true;
    }

    int waiting() {
        return waiting.get();
    }

    String remote() {
        return socket.remoteAddress() == null ? "unknown" : socket.remoteAddress().toString();
    }
}
