package dev.asdf.burnengine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.chain.Base58;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.persistence.FilePersistence;
import dev.asdf.burnengine.persistence.PersistenceSettings;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The production daemon ({@link LiteSvmDaemonMain}) with two RPC endpoints in front of one LiteSVM facade — a relay
 * (endpoint #0, preferred) and the facade itself (#1) — while the facade fails a fifth of all calls at random (429
 * with {@code Retry-After}, 503, requests dropped before or after processing, garbled bodies, answers slower than the
 * request timeout), WebSockets are cut every few seconds, a send is dropped and the blockhash expired while a step is
 * in flight, and endpoint #0 is down for {@code chaos.outageSeconds} (HTTP and WebSocket) and comes back. Fee
 * transactions are recorded all along (each pays its fees into the authority's float, so ledger and chain stay in
 * step). Afterwards: every fee event credited exactly once with the amount the recording says, every cycle finished
 * (completed, or its unconfirmed steps expired or failed transiently and their fees still pending), chain = journal
 * for every burn, buy, root share and dev fee, nothing in flight, the journal chain intact, and the circuit breaker
 * and the failover visible in the daemon's own {@code /metrics}.
 *
 * <p>The run's state directory and daemon logs stay in {@code target/rpc-chaos/} for a post-mortem. Sizes are system
 * properties (engine-daemon/pom.xml): {@code chaos.cycles} (default 50), {@code chaos.feeEvents}
 * (5,000), {@code chaos.outageSeconds} (60), {@code chaos.feedSeconds} (90); {@code -Plong} raises them.
 */
@Timeout(value = 40, unit = TimeUnit.MINUTES)
class RpcChaosIT {
    private static final int CYCLES = Integer.getInteger("chaos.cycles", 50);
    private static final int FEE_EVENTS = Integer.getInteger("chaos.feeEvents", 5_000);
    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("chaos.outageSeconds", 60));
    private static final Duration FEED = Duration.ofSeconds(Integer.getInteger("chaos.feedSeconds", 90));
    private static final Duration OUTAGE_STARTS_AFTER = Duration.ofSeconds(15);
    private static final Duration MAX_RUN = Duration.ofMinutes(25);

    @Test
    void credits_every_fee_once_and_spends_nothing_twice_under_rpc_chaos_and_an_endpoint_outage() throws Exception {
        long started = System.nanoTime();
        try (LiteSvmScenario s = new LiteSvmScenario(Path.of("target", "rpc-chaos",
                "run-" + System.currentTimeMillis()).toAbsolutePath(), true);
                RelayEndpoint httpRelay = RelayEndpoint.to(s.peer.httpUrl());
                RelayEndpoint wsRelay = RelayEndpoint.to(s.peer.wsUrl())) {
            s.useEndpoints(List.of(httpRelay.url(), s.peer.httpUrl()), List.of(wsRelay.url(), s.peer.wsUrl()));
            DaemonChild child = s.child(null, 0);
            URI api = LiteSvmScenario.apiOf(child);
            s.peer.setFaults(Map.of("seed", 20261128, "retryAfterSeconds", 1, "delayMs", 6_000, "rates",
                    Map.of("http429", 0.05, "http5xx", 0.05, "drop", 0.03, "dropAfter", 0.03, "malformed", 0.03,
                            "delay", 0.01, "wsClose", 0.05)));
            Feeder feeder = new Feeder(s);
            Thread feeding = new Thread(feeder, "chaos-feeder");
            feeding.start();

            Chaos chaos = new Chaos(s, httpRelay, wsRelay, api);
            long deadline = System.nanoTime() + MAX_RUN.toNanos();
            while (feeder.credits.get() < FEE_EVENTS || !chaos.recovered() || cyclesWithSteps(api) < CYCLES) {
                assertThat(System.nanoTime()).as("the chaos run reaches %d cycles and %d fee events within %s (log %s,"
                        + " feeder error %s)", CYCLES, FEE_EVENTS, MAX_RUN, child.log, feeder.error).isLessThan(deadline);
                assertThat(feeder.error).as("the feeder's error").isNull();
                chaos.tick();
                Thread.sleep(250);
            }
            feeder.stop = true;
            feeding.join();
            assertThat(feeder.error).as("the feeder's error").isNull();
            s.peer.clearFaults();
            awaitCaughtUp(api, child);
            s.awaitIdle(api, child, Duration.ofMinutes(3));
            String metrics = LiteSvmScenario.getText(api.resolve("/metrics"));
            child.terminate();

            s.checkAfterResume(null);
            Journal journal = Journal.read(s.state);
            report(journal, chaos, feeder, metrics, started);
            assertThat(journal.feeEvents).as("fee events credited").isGreaterThanOrEqualTo(FEE_EVENTS);
            Map<String, Integer> wrong = new TreeMap<>();
            Map<String, String> example = new TreeMap<>();
            feeder.expected.forEach((signature, recordedAs) -> {
                if (!journal.credits.getOrDefault(signature, Set.of()).equals(recordedAs.events())) {
                    wrong.merge(recordedAs.name(), 1, Integer::sum);
                    example.putIfAbsent(recordedAs.name(), signature);
                }
            });
            assertThat(wrong).as("recorded transactions whose fee events were not credited once each with the"
                    + " recorded amount, by fixture (e.g. %s)", example).isEmpty();
            assertThat(journal.cyclesWithSteps).as("cycles that planned steps").isGreaterThanOrEqualTo(CYCLES);
            assertThat(journal.unfinishedCycles).as("cycles planned but never finished").isEmpty();
            assertThat(journal.uncleanOutcomes).as("step outcomes other than confirmed, expired or a transient failure")
                    .isEmpty();
            assertThat(Files.readString(child.log)).as("the rejected fixtures (a foreign creator, a fee above its vault"
                    + " delta) were alerted").contains("ALERT FEE_REJECTED");
            assertThat(chaos.endpointDownSeen).as("/metrics showed endpoint #0's circuit open during the outage").isTrue();
            assertThat(gauge(metrics, "burn_engine_rpc_endpoint_up", "endpoint", "#0")).as("endpoint #0 closed again")
                    .isEqualTo(1.0);
            assertThat(gauge(metrics, "burn_engine_rpc_failovers_total", "from", "#0"))
                    .as("calls failed over from endpoint #0").isPositive();
            assertThat(sum(metrics, "burn_engine_rpc_retries_total")).as("retries after transient faults").isPositive();
            assertThat(gauge(metrics, "burn_engine_rpc_ws_events_total", "event", "lost"))
                    .as("WebSocket losses seen and survived").isPositive();
        }
    }

    /**
     * Once the faults are over: the preferred endpoint's circuit closed again (the other one may stay half open: with
     * #0 answering it gets no trial call), then a fee poll that reached the chain's head after the last fee transaction
     * was recorded (every fee recorded is then credited, or lost).
     */
    private static void awaitCaughtUp(URI api, DaemonChild child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String metrics = "";
        while (gauge(metrics, "burn_engine_rpc_endpoint_up", "endpoint", "#0") != 1.0) {
            assertThat(System.nanoTime()).as("endpoint #0's circuit closes once the faults stop (log %s; %s)", child.log,
                    metrics.lines().filter(l -> l.startsWith("burn_engine_rpc_endpoint_up")).toList())
                    .isLessThan(deadline);
            Thread.sleep(500);
            metrics = LiteSvmScenario.getText(api.resolve("/metrics"));
        }
        long closedAt = System.nanoTime();
        while (true) {
            Thread.sleep(500);
            double lag = sum(LiteSvmScenario.getText(api.resolve("/metrics")), "burn_engine_fee_poll_lag_seconds");
            double sinceClosed = (System.nanoTime() - closedAt) / 1e9;
            if (sinceClosed > 1 && lag < sinceClosed - 1) {
                return;
            }
            assertThat(System.nanoTime()).as("the fee source catches up once the circuits are closed (log %s)",
                    child.log).isLessThan(deadline);
        }
    }

    /** Cycles that planned steps (finished completed, partial or failed), from the daemon's own status. */
    private static long cyclesWithSteps(URI api) throws Exception {
        JsonNode byStatus = LiteSvmScenario.getJson(api.resolve("/cycle/status")).path("stats").path("byStatus");
        return byStatus.path("COMPLETED").asLong() + byStatus.path("PARTIAL").asLong() + byStatus.path("FAILED").asLong();
    }

    /** The value of the first sample of {@code name} whose label {@code label} starts with {@code prefix}; -1 if none. */
    static double gauge(String metrics, String name, String label, String prefix) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains(label + "=\"" + prefix)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return -1;
    }

    static double sum(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static void report(Journal journal, Chaos chaos, Feeder feeder, String metrics, long started) {
        String line = String.format("%d fee transactions recorded, %d fee events credited, %d cycles with steps (%s), "
                        + "%d steps confirmed, %d expired, %d failed transiently; %d WebSocket cuts, %d send drops + "
                        + "blockhash expiries, endpoint #0 down %d s; failovers from #0 %.0f, retries %.0f, WebSocket "
                        + "losses %.0f; %d s", feeder.recorded.get(), journal.feeEvents, journal.cyclesWithSteps,
                journal.statuses, journal.confirmed, journal.expired, journal.failedTransiently, chaos.webSocketCuts,
                chaos.expiries, OUTAGE.toSeconds(), gauge(metrics, "burn_engine_rpc_failovers_total", "from", "#0"),
                sum(metrics, "burn_engine_rpc_retries_total"),
                gauge(metrics, "burn_engine_rpc_ws_events_total", "event", "lost"),
                (System.nanoTime() - started) / 1_000_000_000);
        System.out.println("[rpc-chaos] " + line);
    }

    /**
     * Records variants of every fixture fee transaction (new signatures), at a pace that reaches {@code chaos.feeEvents}
     * expected credits in {@code chaos.feedSeconds}, until stopped (cycles only run while fees come in), and pays each
     * round's fees into the authority's float right after its transactions.
     */
    static final class Feeder implements Runnable {
        final Map<String, Recorded> expected = new ConcurrentHashMap<>();
        final AtomicLong recorded = new AtomicLong();
        final AtomicLong credits = new AtomicLong();
        volatile Throwable error;
        volatile boolean stop;
        private final LiteSvmScenario scenario;
        private final SecureRandom random = new SecureRandom();

        Feeder(LiteSvmScenario scenario) {
            this.scenario = scenario;
        }

        @Override
        public void run() {
            try {
                List<JsonNode> cases = FeeFixtures.cases();
                int perRound = cases.stream().mapToInt(c -> c.path("expect").path("credits").size()).sum();
                int rounds = (FEE_EVENTS + perRound - 1) / perRound;
                long pauseNanos = FEED.toNanos() / rounds;
                long next = System.nanoTime();
                while (!stop) {
                    long fees = 0;
                    for (JsonNode c : cases) {
                        JsonNode variant = variant(c.path("result"));
                        String signature = variant.path("transaction").path("signatures").get(0).asText();
                        Set<String> events = new HashSet<>();
                        for (JsonNode credit : c.path("expect").path("credits")) {
                            events.add(credit.path("index").asInt() + " " + credit.path("mint").asText() + " "
                                    + credit.path("lamports").asLong());
                            fees += credit.path("lamports").asLong();
                        }
                        for (JsonNode deposit : c.path("expect").path("unattributed")) {
                            fees += deposit.path("lamports").asLong();
                        }
                        expected.put(signature, new Recorded(c.path("name").asText(), events));
                        scenario.peer.addRecordedTransaction(variant);
                        recorded.incrementAndGet();
                        credits.addAndGet(events.size());
                    }
                    scenario.peer.airdropControl(scenario.world.authority.address(), fees);
                    next += pauseNanos;
                    long sleep = next - System.nanoTime();
                    if (sleep > 0) {
                        TimeUnit.NANOSECONDS.sleep(sleep);
                    }
                }
            } catch (Throwable e) {
                error = e;
            }
        }

        /** The recorded transaction under a new random signature (the history is keyed by signature). */
        private JsonNode variant(JsonNode result) {
            ObjectNode copy = result.deepCopy();
            copy.remove("transactionBase64");
            byte[] signature = new byte[64];
            random.nextBytes(signature);
            ((ArrayNode) copy.path("transaction").path("signatures")).set(0, copy.textNode(Base58.encode(signature)));
            return copy;
        }
    }

    /** One recorded fee transaction: its fixture and the fee events it must credit ("index mint lamports"). */
    record Recorded(String name, Set<String> events) {
    }

    /** The faults on a timeline: WebSocket cuts, a dropped send with an expired blockhash, endpoint #0's outage. */
    static final class Chaos {
        private final LiteSvmScenario scenario;
        private final RelayEndpoint http;
        private final RelayEndpoint ws;
        private final URI api;
        private final long start = System.nanoTime();
        private long lastCut;
        private long lastExpiry;
        private long outageStarted = -1;
        private long outageEnded = -1;
        private boolean recovered;
        boolean endpointDownSeen;
        int webSocketCuts;
        int expiries;

        Chaos(LiteSvmScenario scenario, RelayEndpoint http, RelayEndpoint ws, URI api) {
            this.scenario = scenario;
            this.http = http;
            this.ws = ws;
            this.api = api;
            this.lastCut = start;
            this.lastExpiry = start;
        }

        boolean recovered() {
            return recovered;
        }

        void tick() throws Exception {
            long now = System.nanoTime();
            if (now - lastCut > TimeUnit.SECONDS.toNanos(3)) {
                scenario.peer.closeWebSockets();
                webSocketCuts++;
                lastCut = now;
            }
            if (now - lastExpiry > TimeUnit.SECONDS.toNanos(8)) {
                scenario.peer.injectFault(Map.of("kind", "drop", "count", 2, "method", "sendTransaction"));
                Thread.sleep(150);
                scenario.peer.expireBlockhash();
                expiries++;
                lastExpiry = now;
            }
            if (outageStarted < 0 && now - start > OUTAGE_STARTS_AFTER.toNanos()) {
                http.down();
                ws.down();
                outageStarted = now;
            }
            if (outageStarted >= 0 && outageEnded < 0) {
                double up = gauge(LiteSvmScenario.getText(api.resolve("/metrics")), "burn_engine_rpc_endpoint_up",
                        "endpoint", "#0");
                endpointDownSeen |= up == 0.0;
                if (now - outageStarted > OUTAGE.toNanos()) {
                    http.up();
                    ws.up();
                    outageEnded = now;
                }
            }
            if (outageEnded >= 0 && !recovered) {
                recovered = gauge(LiteSvmScenario.getText(api.resolve("/metrics")), "burn_engine_rpc_endpoint_up",
                        "endpoint", "#0") == 1.0;
            }
        }
    }

    /** What the journal says about fees, cycles and outcomes. */
    static final class Journal {
        final Map<String, Set<String>> credits = new HashMap<>();
        final Map<CycleReport.Status, Integer> statuses = new TreeMap<>();
        final Set<String> unfinishedCycles = new HashSet<>();
        final List<String> uncleanOutcomes = new ArrayList<>();
        long feeEvents;
        int cyclesWithSteps;
        int confirmed;
        int expired;
        int failedTransiently;

        static Journal read(Path state) throws Exception {
            Journal j = new Journal();
            try (FilePersistence files = FilePersistence.open(state, PersistenceSettings.defaults(), Clock.systemUTC(),
                    new SimpleMeterRegistry())) {
                files.journal().replayAfter(0, e -> j.add(e.entry()));
            }
            return j;
        }

        private void add(JournalEntry entry) {
            if (entry instanceof JournalEntry.FeeCredited f) {
                feeEvents++;
                String credit = f.event().id().index() + " " + f.event().mint() + " " + f.event().amount().value();
                assertThat(credits.computeIfAbsent(f.event().id().signature().toString(), k -> new HashSet<>())
                        .add(credit)).as("fee event %s credited once", f.event().id()).isTrue();
            } else if (entry instanceof JournalEntry.CyclePlanned p && !p.steps().isEmpty()) {
                cyclesWithSteps++;
                unfinishedCycles.add(p.cycle().toString());
            } else if (entry instanceof JournalEntry.CycleFinished f) {
                unfinishedCycles.remove(f.cycle().toString());
                statuses.merge(f.status(), 1, Integer::sum);
            } else if (entry instanceof JournalEntry.StepOutcomeRecorded o) {
                StepOutcome outcome = o.outcome();
                if (outcome instanceof StepOutcome.Confirmed) {
                    confirmed++;
                } else if (outcome instanceof StepOutcome.Expired) {
                    expired++;
                } else if (outcome instanceof StepOutcome.Failed f && f.error().retryClass() == RetryClass.TRANSIENT
                        || outcome instanceof StepOutcome.NotSent n && n.error().retryClass() == RetryClass.TRANSIENT) {
                    failedTransiently++;
                } else {
                    uncleanOutcomes.add(o.step().id() + ": " + outcome);
                }
            }
        }
    }
}
