package dev.asdf.burnengine.http.feed;

import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.port.EventSink;
import dev.asdf.burnengine.http.metrics.MetricNames;
import dev.asdf.burnengine.http.web.JsonCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's events, broadcast to every connected WebSocket client of {@code /ws}. Compose it into the engine's
 * event sink before the engine starts; the HTTP server attaches it to an event loop when it starts.
 *
 * <p>{@link #publish} runs on engine threads and only offers the event to a bounded queue (dropping it, and counting
 * the drop, if the queue is full) and wakes the feed's event loop: it never blocks and never throws. On the event
 * loop each event is rendered once, numbered with the next {@code seq}, and offered to every client; a client that
 * has {@code webSocketQueueBound} messages waiting is disconnected (close code 1008) rather than buffered, so a slow
 * reader cannot hold memory or delay the others.
 */
public final class WebSocketEventFeed implements EventSink {
    static final int INBOX_BOUND = 10_000;
    static final int DRAIN_BATCH = 256;
    static final short SLOW_CONSUMER = 1008;
    static final short GOING_AWAY = 1001;
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketEventFeed.class);

    private final ArrayBlockingQueue<DomainEvent> inbox = new ArrayBlockingQueue<>(INBOX_BOUND);
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicInteger clientCount = new AtomicInteger();
    private final Clock clock;
    private volatile Attachment attachment;
    // the fields below are touched on the attached context only
    private final List<FeedClient> clients = new ArrayList<>();
    private long seq;

    /** @param clock timestamps the snapshot messages */
    public WebSocketEventFeed(Clock clock) {
        this.clock = clock;
    }

    private record Attachment(Context context, FeedContent content, Meters meters) {
    }

    private record Meters(Counter messages, Counter droppedSlow, Counter droppedEvents) {
        static Meters register(MeterRegistry registry, AtomicInteger clients) {
            Gauge.builder(MetricNames.WS_CLIENTS, clients, AtomicInteger::get)
                    .description("Connected WebSocket feed clients").strongReference(true).register(registry);
            return new Meters(
                    Counter.builder(MetricNames.WS_MESSAGES).description("Feed messages handed to clients")
                            .register(registry),
                    Counter.builder(MetricNames.WS_CLIENTS_DROPPED).tag("reason", "slow")
                            .description("Feed clients disconnected, by reason").register(registry),
                    Counter.builder(MetricNames.WS_EVENTS_DROPPED)
                            .description("Events not broadcast because the feed's queue was full").register(registry));
        }
    }

    @Override
    public void publish(DomainEvent event) {
        Attachment a = attachment;
        if (a == null) {
            return;
        }
        if (!inbox.offer(event)) {
            a.meters().droppedEvents().increment();
            return;
        }
        if (drainScheduled.compareAndSet(false, true)) {
            a.context().runOnContext(v -> drain());
        }
    }

    /** Binds the feed to the event loop its clients are served from; events published before are not kept. */
    void attach(Context context, FeedContent content, MeterRegistry registry) {
        if (attachment != null) {
            throw new IllegalStateException("the WebSocket feed is already attached to a running server;"
                    + " give each VertxApiServer its own WebSocketEventFeed");
        }
        attachment = new Attachment(context, content, Meters.register(registry, clientCount));
    }

    /** Says goodbye to every client (close code 1001) and detaches; the feed can be attached again afterwards. */
    Future<Void> detach() {
        Attachment a = attachment;
        if (a == null) {
            return Future.succeededFuture();
        }
        Promise<Void> done = Promise.promise();
        a.context().runOnContext(v -> {
            attachment = null;
            inbox.clear();
            for (FeedClient c : List.copyOf(clients)) {
                c.goAway(GOING_AWAY, "server stopping");
            }
            clients.clear();
            clientCount.set(0);
            done.complete();
        });
        return done.future();
    }

    /** Reserves a place for a new client; false when the feed is full or not running. */
    boolean reserve(int maxClients) {
        if (attachment == null) {
            return false;
        }
        if (clientCount.incrementAndGet() > maxClients) {
            clientCount.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Gives back a place reserved for a client whose handshake failed. */
    void release() {
        clientCount.decrementAndGet();
    }

    /** Registers a client whose place was reserved; it first receives a snapshot. Call from any thread. */
    void join(FeedClient client) {
        Attachment a = attachment;
        if (a == null) {
            client.goAway(GOING_AWAY, "server stopping");
            return;
        }
        a.context().runOnContext(v -> {
            if (sendSnapshot(a, client)) {
                clients.add(client);
            } else {
                clientCount.decrementAndGet();
            }
        });
    }

    /** Sends a fresh snapshot to a client that asked for one. */
    void resync(FeedClient client) {
        Attachment a = attachment;
        if (a != null) {
            a.context().runOnContext(v -> {
                if (clients.contains(client)) {
                    sendSnapshot(a, client);
                }
            });
        }
    }

    /** Answers a client's ping with the current seq, so it can tell whether it missed anything. */
    void pong(FeedClient client) {
        Attachment a = attachment;
        if (a != null) {
            a.context().runOnContext(v -> client.offer(JsonCodec.toText(new FeedMessage("pong", seq, clock.millis(),
                    Map.of()))));
        }
    }

    /** Forgets a client whose connection closed. */
    void leave(FeedClient client) {
        Attachment a = attachment;
        if (a != null) {
            a.context().runOnContext(v -> {
                if (clients.remove(client)) {
                    clientCount.decrementAndGet();
                }
            });
        }
    }

    private boolean sendSnapshot(Attachment a, FeedClient client) {
        String text;
        try {
            text = JsonCodec.toText(new FeedMessage("snapshot", seq, clock.millis(), a.content().snapshot()));
        } catch (RuntimeException e) {
            LOG.warn("could not render a feed snapshot for {}: {}", client.remote(), e.toString());
            client.goAway((short) 1011, "snapshot unavailable: the engine is not running");
            return false;
        }
        if (!client.offer(text)) {
            drop(a, client);
            return false;
        }
        a.meters().messages().increment();
        return true;
    }

    private void drain() {
        drainScheduled.set(false);
        Attachment a = attachment;
        if (a == null) {
            return;
        }
        for (int i = 0; i < DRAIN_BATCH; i++) {
            DomainEvent event = inbox.poll();
            if (event == null) {
                return;
            }
            broadcast(a, event);
        }
        if (!inbox.isEmpty() && drainScheduled.compareAndSet(false, true)) {
            a.context().runOnContext(v -> drain());
        }
    }

    private void broadcast(Attachment a, DomainEvent event) {
        FeedContent.Payload payload;
        try {
            payload = a.content().event(event);
        } catch (RuntimeException e) {
            LOG.warn("could not render a {} event for the feed: {}", event.getClass().getSimpleName(), e.toString());
            return;
        }
        seq++;
        String text = JsonCodec.toText(new FeedMessage(payload.type(), seq, event.at().toEpochMilli(), payload.data()));
        List<FeedClient> slow = null;
        for (FeedClient client : clients) {
            if (client.offer(text)) {
                a.meters().messages().increment();
            } else {
                if (slow == null) {
                    slow = new ArrayList<>();
                }
                slow.add(client);
            }
        }
        if (slow != null) {
            slow.forEach(c -> drop(a, c));
        }
    }

    private void drop(Attachment a, FeedClient client) {
        if (clients.remove(client)) {
            clientCount.decrementAndGet();
        }
        a.meters().droppedSlow().increment();
        LOG.info("dropped feed client {}: {} messages waiting", client.remote(), client.waiting());
        client.drop(SLOW_CONSUMER, "too slow: messages were not read");
    }
}
