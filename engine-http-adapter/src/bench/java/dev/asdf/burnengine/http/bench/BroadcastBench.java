package dev.asdf.burnengine.http.bench;

import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.http.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebSocket broadcast latency: connects N feed clients to a seeded server in the same JVM (all on 127.0.0.1), then
 * publishes one event per round and measures the time from {@code publish} until the last client has received it.
 * Prints the distribution over the rounds. Bounded: N clients, R rounds, every wait at most 30 s.
 *
 * <p>Arguments: {@code [clients=1000] [rounds=30]}. Run it as docs/benchmarks.md shows.
 */
public final class BroadcastBench {
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastBench.class);

    private BroadcastBench() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ExecutorService executor = Executors.newFixedThreadPool(2);
        HttpClient http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(30)).build();
        try (TestServer s = SeededServer.start(x -> x.withEventLoops(2).withMaxWebSocketClients(clients + 10))) {
            URI uri = URI.create("ws://127.0.0.1:" + s.server.actualPort() + "/ws");
            List<Client> all = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                all.add(new Client());
            }
            long connectStart = System.nanoTime();
            List<CompletableFuture<WebSocket>> sockets = new ArrayList<>();
            for (Client c : all) {
                sockets.add(http.newWebSocketBuilder().buildAsync(uri, c));
            }
            CompletableFuture.allOf(sockets.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            for (Client c : all) {
                c.awaitSnapshot();
            }
            LOG.info("{} clients connected and received their snapshot in {} ms", clients,
                    (System.nanoTime() - connectStart) / 1_000_000);
            long[] allReceived = new long[rounds];
            long[] median = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                CountDownLatch latch = new CountDownLatch(clients);
                all.forEach(c -> c.expect(latch));
                long t0 = System.nanoTime();
                s.publish(new DomainEvent.HealthChanged(s.harness.clock.instant(), "bench", true, "round " + r));
                if (!latch.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("round " + r + ": only " + (clients - latch.getCount())
                            + " of " + clients + " clients received the event within 30 s");
                }
                long[] arrivals = all.stream().mapToLong(c -> c.arrivedAt - t0).sorted().toArray();
                allReceived[r] = arrivals[arrivals.length - 1];
                median[r] = arrivals[arrivals.length / 2];
                Thread.sleep(100);
            }
            LOG.info("time until all {} clients received one event, over {} rounds (ms): {}", clients, rounds, summary(allReceived));
            LOG.info("time until the median client received it (ms): {}", summary(median));
            for (CompletableFuture<WebSocket> ws : sockets) {
                ws.join().sendClose(WebSocket.NORMAL_CLOSURE, "bench done");
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("min %.1f, median %.1f, p95 %.1f, max %.1f", sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** One feed client: notes when it received each event and counts the round down. */
    private static final class Client implements WebSocket.Listener {
        private final CountDownLatch snapshot = new CountDownLatch(1);
        private final AtomicReference<CountDownLatch> round = new AtomicReference<>();
        private final StringBuilder partial = new StringBuilder();
        volatile long arrivedAt;

        void expect(CountDownLatch latch) {
            round.set(latch);
        }

        void awaitSnapshot() throws InterruptedException {
            if (!snapshot.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a client received no snapshot within 60 s");
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                String message = partial.toString();
                partial.setLength(0);
                if (message.startsWith("{\"type\":\"snapshot\"")) {
                    snapshot.countDown();
                } else {
                    arrivedAt = now;
                    CountDownLatch latch = round.getAndSet(null);
                    if (latch != null) {
                        latch.countDown();
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
