package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.BurnRecord;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.query.TokenView;
import dev.asdf.burnengine.http.EngineHealth;
import dev.asdf.burnengine.http.HttpSettings.ExplorerCluster;
import dev.asdf.burnengine.http.web.ApiError;
import dev.asdf.burnengine.http.web.Checked;
import dev.asdf.burnengine.http.web.RequestInputs;
import dev.asdf.burnengine.http.web.Responses;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The read endpoints. Each one takes one {@link EngineView} (a consistent copy taken under the engine's lock, which
 * is never held across network I/O) and renders it; nothing here decides anything the engine has not decided.
 * They run on the event loop, except {@code /health/sync}, which reads the chain (see {@link SyncCheck}).
 */
public final class ReadApi {
    static final int BURNS_DEFAULT = 20;
    static final int BURNS_MAX = 100;
    static final int CYCLES_DEFAULT = 10;
    static final int CYCLES_MAX = 50;
    static final int TOKEN_BURNS = 20;

    private final BurnEngine engine;
    private final EngineHealth health;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Explorer explorer;
    private final ApiJson json;
    private final Instant startedAt;

    public ReadApi(BurnEngine engine, EngineHealth health, MeterRegistry registry, Clock clock, ExplorerCluster cluster) {
        this.engine = engine;
        this.health = health;
        this.registry = registry;
        this.clock = clock;
        this.explorer = new Explorer(cluster);
        this.json = new ApiJson(cluster);
        this.startedAt = clock.instant();
    }

    public void health(RoutingContext ctx) {
        HealthJson body = assess(engine.view());
        Responses.json(ctx, body.status().equals("unhealthy") ? 503 : 200, body);
    }

    HealthJson assess(EngineView view) {
        return HealthAssessment.assess(view, engine.isCycleRunning(), health.readiness(), health.components(),
                PollStats.read(registry, clock), Math.max(0, clock.millis() - startedAt.toEpochMilli()));
    }

    public void ready(RoutingContext ctx) {
        EngineHealth.Readiness r = health.readiness();
        boolean started = engine.isStarted();
        String detail = started ? r.detail() : "the engine is not started" + (r.detail().isEmpty() ? "" : "; " + r.detail());
        boolean ready = started && r.ready();
        Responses.json(ctx, ready ? 200 : 503, new ReadyJson(ready, r.stateLoaded(), r.journalVerified(),
                r.chainReachable(), started, detail));
    }

    /** {@code GET /ready}: 200 only when every fact is true. */
    record ReadyJson(boolean ready, boolean stateLoaded, boolean journalVerified, boolean chainReachable,
            boolean engineStarted, String detail) {
    }

    public void fees(RoutingContext ctx) {
        Responses.json(ctx, 200, FeesJson.of(engine.view(), PollStats.read(registry, clock)));
    }

    public void tokens(RoutingContext ctx) {
        Responses.json(ctx, 200, json.tokens(engine.view()));
    }

    record TokensJson(int count, List<TokenJson> tokens) {
    }

    public void token(RoutingContext ctx) {
        Checked<Address> mint = RequestInputs.mint(ctx);
        if (mint instanceof Checked.Invalid<Address> invalid) {
            Responses.error(ctx, invalid.error());
            return;
        }
        Address address = ((Checked.Ok<Address>) mint).value();
        EngineView view = engine.view();
        Optional<TokenView> token = view.token(address);
        if (token.isEmpty()) {
            Responses.error(ctx, unknownMint(address, view));
            return;
        }
        List<BurnJson> burns = view.recentBurns().stream().filter(b -> b.mint().equals(address)).limit(TOKEN_BURNS)
                .map(b -> BurnJson.of(b, explorer)).toList();
        DeadLetterJson deadLetter = view.deadLetters().stream().filter(d -> d.mint().equals(address)).findFirst()
                .map(DeadLetterJson::of).orElse(null);
        Responses.json(ctx, 200, new TokenDetailJson(TokenJson.of(token.get()), deadLetter, burns));
    }

    /** @param deadLetter null when the token has no dead-letter entry */
    record TokenDetailJson(TokenJson token, DeadLetterJson deadLetter, List<BurnJson> recentBurns) {
    }

    static ApiError unknownMint(Address mint, EngineView view) {
        return ApiError.notFound("unknown_mint", "token " + mint + " is not part of this ecosystem ("
                + view.tokens().size() + " tokens are); GET /tokens lists them, POST /admin/tokens/reload re-reads the chain");
    }

    public void burns(RoutingContext ctx) {
        Checked<Integer> limit = RequestInputs.intQuery(ctx, "limit", BURNS_DEFAULT, 1, BURNS_MAX);
        Checked<Integer> offset = RequestInputs.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        if (limit instanceof Checked.Invalid<Integer> bad) {
            Responses.error(ctx, bad.error());
            return;
        }
        if (offset instanceof Checked.Invalid<Integer> bad) {
            Responses.error(ctx, bad.error());
            return;
        }
        int l = ((Checked.Ok<Integer>) limit).value();
        int o = ((Checked.Ok<Integer>) offset).value();
        List<BurnRecord> all = engine.view().recentBurns();
        List<BurnJson> page = all.stream().skip(o).limit(l).map(b -> BurnJson.of(b, explorer)).toList();
        Integer next = o + page.size() < all.size() ? o + page.size() : null;
        Responses.json(ctx, 200, new BurnsJson(all.size(), o, l, next, page));
    }

    /**
     * {@code GET /burns}, newest first.
     *
     * @param totalBurns burns in the engine's retained history (its {@code burnHistory} setting)
     * @param nextOffset the offset of the next page, null on the last page
     */
    record BurnsJson(int totalBurns, int offset, int limit, Integer nextOffset, List<BurnJson> recentBurns) {
    }

    public void treasury(RoutingContext ctx) {
        Responses.json(ctx, 200, TreasuryJson.of(engine.view()));
    }

    public void cycleStatus(RoutingContext ctx) {
        Responses.json(ctx, 200, CycleStatusJson.of(engine.view(), engine.isCycleRunning()));
    }

    public void cycles(RoutingContext ctx) {
        Checked<Integer> limit = RequestInputs.intQuery(ctx, "limit", CYCLES_DEFAULT, 1, CYCLES_MAX);
        if (limit instanceof Checked.Invalid<Integer> bad) {
            Responses.error(ctx, bad.error());
            return;
        }
        List<CycleReportJson> reports = engine.recentReports().stream().limit(((Checked.Ok<Integer>) limit).value())
                .map(r -> CycleReportJson.of(r, explorer)).toList();
        Responses.json(ctx, 200, new CyclesJson(reports.size(), reports));
    }

    /** {@code GET /cycles}: the reports this process kept (newest first; they are not persisted across restarts). */
    record CyclesJson(int count, List<CycleReportJson> cycles) {
    }

    public void cycle(RoutingContext ctx) {
        String text = ctx.pathParam("id");
        CycleId id;
        try {
            id = new CycleId(text);
        } catch (IllegalArgumentException e) {
            Responses.error(ctx, ApiError.badRequest("invalid_cycle_id", "path segment id: " + e.getMessage()
                    + "; use an id from GET /cycles, e.g. cycle-1764331200000-1"));
            return;
        }
        Optional<CycleReport> report = engine.report(id);
        if (report.isEmpty()) {
            Responses.error(ctx, ApiError.notFound("unknown_cycle", "cycle " + id + " is not among the "
                    + engine.recentReports().size() + " reports this process keeps; GET /cycles lists them"));
            return;
        }
        Responses.json(ctx, 200, CycleReportJson.of(report.get(), explorer));
    }

    public void deadLetters(RoutingContext ctx) {
        Responses.json(ctx, 200, json.deadLetters(engine.view()));
    }

    record DeadLettersJson(int count, long open, List<DeadLetterJson> entries) {
    }
}
