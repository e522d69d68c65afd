package dev.asdf.burnengine.http.metrics;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.deadletter.DeadLetterEntry;
import dev.asdf.burnengine.core.deadletter.DeadLetterStatus;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.query.TokenView;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Meters read from the engine's state rather than counted from events, so they survive restarts and always agree
 * with the API: per-token fees, spend, burns, steps and failures, the totals, cycles by outcome, deferred tokens,
 * the dead-letter queue and the emergency stop. {@link #refresh()} takes one {@link EngineView} before each scrape
 * and every meter reads that same view, so a scrape is consistent.
 */
final class EngineStateMeters {
    private final BurnEngine engine;
    private final MeterRegistry registry;
    private final MultiGauge tokenInfo;
    private final Set<String> registeredMints = ConcurrentHashMap.newKeySet();
    private volatile Map<String, TokenView> tokens = Map.of();
    private volatile EngineView view;

    EngineStateMeters(BurnEngine engine, MeterRegistry registry) {
        this.engine = engine;
        this.registry = registry;
        this.tokenInfo = MultiGauge.builder(MetricNames.TOKEN_INFO)
                .description("1 for every ecosystem token; its labels carry symbol, role, market and status")
                .register(registry);
        gauge(MetricNames.PENDING, "Lamports of fees pending across tokens and the unattributed account",
                v -> v.totals().pending());
        gauge(MetricNames.UNATTRIBUTED_PENDING, "Lamports of unattributed deposits pending (spent with the root)",
                v -> v.unattributed().pending());
        counter(MetricNames.FEES_CREDITED, "Lamports of fees credited, ever", v -> v.totals().credited());
        counter(MetricNames.SPENT, "Lamports spent by confirmed cycle steps, ever", v -> v.totals().spent());
        counter(MetricNames.BURNED, "Token base units burned across all tokens, ever",
                v -> v.tokens().stream().mapToDouble(t -> t.totals().tokensBurned()).sum());
        counter(MetricNames.CYCLES_PLANNED, "Cycles planned, ever", v -> v.cycles().cyclesPlanned());
        for (CycleReport.Status status : CycleReport.Status.values()) {
            FunctionCounter.builder(MetricNames.CYCLES, this, m -> m.read(v -> v.cycles().byStatus()
                            .getOrDefault(status, 0L)))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Cycles finished, by outcome").register(registry);
        }
        gauge(MetricNames.CYCLE_CONSECUTIVE_FAILURES, "Cycles in a row that ended FAILED or PARTIAL",
                v -> v.cycles().consecutiveFailures());
        gauge(MetricNames.LAST_CYCLE, "When the last cycle finished (epoch seconds, 0 = never)",
                v -> v.cycles().lastFinishedAt().toEpochMilli() / 1000.0);
        Gauge.builder(MetricNames.CYCLE_RUNNING, engine, e -> e.isCycleRunning() ? 1 : 0)
                .description("1 while a cycle runs").register(registry);
        for (TokenStatus status : TokenStatus.values()) {
            Gauge.builder(MetricNames.TOKENS, this, m -> m.read(v -> v.tokens().stream()
                            .filter(t -> t.state().status() == status).count()))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Ecosystem tokens by status (deferred = below the on-chain minimum)")
                    .register(registry);
        }
        for (DeadLetterStatus status : DeadLetterStatus.values()) {
            Gauge.builder(MetricNames.DEAD_LETTERS, this, m -> m.read(v -> v.deadLetters().stream()
                            .map(DeadLetterEntry::status).filter(s -> s == status).count()))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Dead-letter entries by status").register(registry);
        }
        gauge(MetricNames.EMERGENCY_STOP, "1 while the emergency stop is engaged", v -> v.emergencyStop().engaged() ? 1 : 0);
        gauge(MetricNames.IN_FLIGHT_STEPS, "Steps sent whose outcome is not recorded yet", v -> v.inFlight().size());
        gauge(MetricNames.JOURNAL_SEQ, "Sequence number of the last journal entry applied", EngineView::journalSeq);
    }

    /** Takes a fresh view and registers meters for tokens seen for the first time. */
    void refresh() {
        if (!engine.isStarted()) {
            return;
        }
        EngineView fresh = engine.view();
        Map<String, TokenView> byMint = new HashMap<>();
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (TokenView t : fresh.tokens()) {
            Token token = t.state().token();
            String mint = token.mint().toString();
            byMint.put(mint, t);
            rows.add(MultiGauge.Row.of(Tags.of("mint", mint, "symbol", token.symbol(),
                    "role", token.role().name().toLowerCase(Locale.ROOT),
                    "market", token.market().name().toLowerCase(Locale.ROOT),
                    "status", t.state().status().name().toLowerCase(Locale.ROOT)), 1));
        }
        tokens = Map.copyOf(byMint);
        view = fresh;
        byMint.keySet().forEach(this::registerToken);
        tokenInfo.register(rows, true);
    }

    private void registerToken(String mint) {
        if (!registeredMints.add(mint)) {
            return;
        }
        tokenGauge(mint, MetricNames.TOKEN_PENDING, "Lamports of fees pending for the token", t -> t.fees().pending());
        tokenGauge(mint, MetricNames.TOKEN_CONSECUTIVE_FAILURES, "Failed steps since the token's last confirmed one",
                t -> t.totals().consecutiveFailures());
        tokenCounter(mint, MetricNames.TOKEN_FEES_CREDITED, "Lamports of fees credited to the token, ever",
                t -> t.fees().credited());
        tokenCounter(mint, MetricNames.TOKEN_SPENT, "Lamports spent on the token's cycle steps, ever",
                t -> t.totals().lamportsSpent());
        tokenCounter(mint, MetricNames.TOKEN_BURNED, "Token base units burned, ever", t -> t.totals().tokensBurned());
        tokenCounter(mint, MetricNames.TOKEN_CYCLES, "Confirmed cycle steps of the token",
                t -> t.totals().stepsConfirmed());
        tokenCounter(mint, MetricNames.TOKEN_ERRORS, "Failed cycle steps of the token", t -> t.totals().stepsFailed());
    }

    private void tokenGauge(String mint, String name, String description, ToDoubleFunction<TokenView> f) {
        Gauge.builder(name, this, m -> m.readToken(mint, f)).tag("mint", mint).description(description)
                .register(registry);
    }

    private void tokenCounter(String mint, String name, String description, ToDoubleFunction<TokenView> f) {
        FunctionCounter.builder(name, this, m -> m.readToken(mint, f)).tag("mint", mint).description(description)
                .register(registry);
    }

    private void gauge(String name, String description, ToDoubleFunction<EngineView> f) {
        Gauge.builder(name, this, m -> m.read(f)).description(description).register(registry);
    }

    private void counter(String name, String description, ToDoubleFunction<EngineView> f) {
        FunctionCounter.builder(name, this, m -> m.read(f)).description(description).register(registry);
    }

    private double read(ToDoubleFunction<EngineView> f) {
        EngineView v = view;
        return v == null ? Double.NaN : f.applyAsDouble(v);
    }

    private double readToken(String mint, ToDoubleFunction<TokenView> f) {
        TokenView t = tokens.get(mint);
        return t == null ? Double.NaN : f.applyAsDouble(t);
    }
}
