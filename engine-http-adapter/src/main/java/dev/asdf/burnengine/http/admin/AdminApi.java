package dev.asdf.burnengine.http.admin;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.http.HttpSettings;
import dev.asdf.burnengine.http.api.ApiJson;
import dev.asdf.burnengine.http.metrics.MetricNames;
import dev.asdf.burnengine.http.web.ApiError;
import dev.asdf.burnengine.http.web.Checked;
import dev.asdf.burnengine.http.web.ClientAddress;
import dev.asdf.burnengine.http.web.RequestInputs;
import dev.asdf.burnengine.http.web.Responses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator endpoints. Each call goes through the same gate, in this order: admin enabled (else 403), the
 * client's rate limit (else 429; failed attempts use it up too), the bearer token (else 401, with no detail), the
 * body (else 400/415). The action then runs on a worker thread through the engine facade, and its outcome is
 * journaled with {@code engine.recordAdminAction("admin@<client ip>", action, outcome)}; unauthorized attempts are
 * journaled as such. The token itself is never logged.
 */
public final class AdminApi {
    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);

    private final BurnEngine engine;
    private final BearerToken token;
    private final AdminRateLimiter limiter;
    private final ApiJson json;
    private final MeterRegistry registry;
    private final WorkerExecutor worker;

    /**
     * @param worker runs the engine calls (a cycle blocks for its whole duration)
     * @throws IllegalArgumentException when the configured token file is missing or unusable
     */
    public AdminApi(BurnEngine engine, HttpSettings settings, Clock clock, MeterRegistry registry, WorkerExecutor worker) {
        this.engine = engine;
        this.token = settings.admin() instanceof HttpSettings.AdminAccess.TokenFile file
                ? BearerToken.load(file.file()) : null;
        this.limiter = new AdminRateLimiter(settings.adminRateLimit(), clock);
        this.json = new ApiJson(settings.explorerCluster());
        this.registry = registry;
        this.worker = worker;
    }

    public void runCycle(RoutingContext ctx) {
        Checked<Boolean> dryRun = RequestInputs.booleanQuery(ctx, "dryRun");
        boolean dry = dryRun instanceof Checked.Ok<Boolean> ok && ok.value();
        gate(ctx, dry ? AdminAction.DRY_RUN : AdminAction.RUN_CYCLE, "",
                () -> dryRun instanceof Checked.Invalid<Boolean> bad ? Checked.invalid(bad.error()) : AdminBodies.none(ctx),
                input -> dry ? this::preview : this::cycle);
    }

    public void pause(RoutingContext ctx) {
        withMint(ctx, AdminAction.PAUSE, mint -> gate(ctx, AdminAction.PAUSE, " " + mint,
                () -> AdminBodies.reason(ctx, "suspicious volume"),
                reason -> () -> engine.pause(mint, reason, actor(ctx))
                        ? done(new MintActionJson(mint.toString(), "paused", reason), "paused: " + reason)
                        : unknownMint(mint)));
    }

    public void resume(RoutingContext ctx) {
        withMint(ctx, AdminAction.RESUME, mint -> gate(ctx, AdminAction.RESUME, " " + mint,
                () -> AdminBodies.none(ctx),
                input -> () -> engine.resume(mint, actor(ctx))
                        ? done(new MintActionJson(mint.toString(), "resumed", ""), "resumed")
                        : unknownMint(mint)));
    }

    public void retryDeadLetter(RoutingContext ctx) {
        withMint(ctx, AdminAction.RETRY_DEAD_LETTER, mint -> gate(ctx, AdminAction.RETRY_DEAD_LETTER, " " + mint,
                () -> AdminBodies.none(ctx),
                input -> () -> engine.retryDeadLetter(mint, actor(ctx))
                        ? done(new MintActionJson(mint.toString(), "retry scheduled for the next cycle", ""), "retry scheduled")
                        : noDeadLetter(mint)));
    }

    public void dropDeadLetter(RoutingContext ctx) {
        withMint(ctx, AdminAction.DROP_DEAD_LETTER, mint -> gate(ctx, AdminAction.DROP_DEAD_LETTER, " " + mint,
                () -> AdminBodies.none(ctx),
                input -> () -> engine.dropDeadLetter(mint, actor(ctx))
                        ? done(new MintActionJson(mint.toString(), "dropped", ""), "dropped")
                        : noDeadLetter(mint)));
    }

    public void reloadTokens(RoutingContext ctx) {
        gate(ctx, AdminAction.RELOAD_TOKENS, "", () -> AdminBodies.none(ctx), input -> () -> {
            int changed = engine.refreshTokens();
            int count = engine.view().tokens().size();
            return done(new ReloadJson(changed, count), changed + " token(s) new or changed, " + count + " known");
        });
    }

    public void engageEmergencyStop(RoutingContext ctx) {
        gate(ctx, AdminAction.EMERGENCY_STOP, "", () -> AdminBodies.reason(ctx, "investigating a failed cycle"),
                reason -> () -> {
                    engine.engageEmergencyStop(reason, actor(ctx));
                    return done(json.emergencyStop(engine.view().emergencyStop()), "engaged: " + reason);
                });
    }

    public void releaseEmergencyStop(RoutingContext ctx) {
        gate(ctx, AdminAction.RELEASE_EMERGENCY_STOP, "", () -> AdminBodies.none(ctx), input -> () -> {
            engine.releaseEmergencyStop(actor(ctx));
            return done(json.emergencyStop(engine.view().emergencyStop()), "released");
        });
    }

    /** The answer to {@code POST /cycle} and {@code /admin/*} while no admin token file is configured. */
    private static ApiError disabled() {
        return new ApiError(403, "admin_disabled", "the admin endpoints are disabled because no admin token file is"
                + " configured; set http.adminTokenFile to a file holding a random token (e.g. `openssl rand -hex 32`)"
                + " and restart, then send it as Authorization: Bearer <token>");
    }

    private AdminResult preview() {
        try {
            return done(json.preview(engine.previewCycle()), "dry run planned");
        } catch (ChainUnavailableException e) {
            return AdminResult.Refused.of(chainUnavailable(e));
        }
    }

    private AdminResult cycle() {
        if (engine.isCycleRunning()) {
            return AdminResult.Refused.of(ApiError.conflict("cycle_running", "a cycle is already running; wait for it"
                    + " to finish (GET /cycle/status shows it) and try again"));
        }
        CycleReport report = engine.runCycle();
        if (report.status() == CycleReport.Status.REFUSED) {
            return new AdminResult.Refused(ApiError.conflict("cycle_refused", report.message()),
                    "refused: " + report.message());
        }
        return done(json.report(report), report.id() + " " + report.status() + ": " + report.message());
    }

    private void withMint(RoutingContext ctx, AdminAction action, Consumer<Address> then) {
        Checked<Address> mint = RequestInputs.mint(ctx);
        if (mint instanceof Checked.Ok<Address> ok) {
            then.accept(ok.value());
            return;
        }
        gate(ctx, action, " " + ctx.pathParam("mint"), () -> Checked.invalid(((Checked.Invalid<Address>) mint).error()),
                input -> () -> null);
    }

    /**
     * The gate every admin call goes through; {@code input} is parsed only after authentication, and {@code action}
     * runs on the worker with the parsed input.
     */
    private <T> void gate(RoutingContext ctx, AdminAction action, String target, Supplier<Checked<T>> input,
            Function<T, Supplier<AdminResult>> work) {
        if (token == null) {
            count(action, "disabled");
            Responses.error(ctx, disabled());
            return;
        }
        String client = ClientAddress.of(ctx);
        RateDecision decision = limiter.tryAcquire(client);
        if (decision instanceof RateDecision.Limited limited) {
            count(action, "rate_limited");
            ctx.response().putHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            Responses.error(ctx, new ApiError(429, "rate_limited", "too many admin requests from " + client
                    + "; retry in " + limited.retryAfterSeconds() + " s"));
            return;
        }
        String actor = "admin@" + client;
        String what = action.wire() + target;
        if (!token.matches(ctx.request().getHeader("Authorization"))) {
            count(action, "unauthorized");
            journal(actor, what, "rejected: unauthorized");
            Responses.error(ctx, ApiError.unauthorized());
            return;
        }
        Checked<T> parsed = input.get();
        if (parsed instanceof Checked.Invalid<T> invalid) {
            count(action, "bad_request");
            journal(actor, what, "rejected: " + invalid.error().error() + ": " + invalid.error().message());
            Responses.error(ctx, invalid.error());
            return;
        }
        Supplier<AdminResult> job = work.apply(((Checked.Ok<T>) parsed).value());
        worker.<AdminResult>executeBlocking(() -> {
            if (!engine.isStarted()) {
                return AdminResult.Refused.of(ApiError.engineNotStarted());
            }
            AdminResult result;
            try {
                result = job.get();
            } catch (ChainUnavailableException e) {
                result = AdminResult.Refused.of(chainUnavailable(e));
            }
            recordQuietly(actor, what, result.outcome());
            return result;
        }, false).onComplete(ar -> {
            if (ar.failed()) {
                count(action, "error");
                LOG.error("admin action {} by {} failed", what, actor, ar.cause());
                ctx.fail(ar.cause());
                return;
            }
            AdminResult result = ar.result();
            if (result instanceof AdminResult.Done d) {
                count(action, "ok");
                LOG.info("admin action {} by {}: {}", what, actor, d.outcome());
                Responses.json(ctx, d.status(), d.body());
            } else {
                AdminResult.Refused r = (AdminResult.Refused) result;
                count(action, r.error().error());
                LOG.info("admin action {} by {} refused: {}", what, actor, r.error().message());
                Responses.error(ctx, r.error());
            }
        });
    }

    private void journal(String actor, String action, String outcome) {
        worker.executeBlocking(() -> {
            recordQuietly(actor, action, outcome);
            return null;
        }, false);
    }

    private void recordQuietly(String actor, String action, String outcome) {
        try {
            engine.recordAdminAction(actor, action, outcome);
        } catch (RuntimeException e) {
            LOG.error("could not journal admin action {} by {} ({}): {}", action, actor, outcome, e.toString());
        }
    }

    private void count(AdminAction action, String outcome) {
        Counter.builder(MetricNames.ADMIN_REQUESTS)
                .tag("action", action.wire()).tag("outcome", outcome)
                .description("Admin API calls by action and outcome").register(registry).increment();
    }

    private static String actor(RoutingContext ctx) {
        return "admin@" + ClientAddress.of(ctx);
    }

    private static AdminResult done(Object body, String outcome) {
        return new AdminResult.Done(200, body, outcome);
    }

    private AdminResult unknownMint(Address mint) {
        EngineView view = engine.view();
        return AdminResult.Refused.of(ApiError.notFound("unknown_mint", "token " + mint + " is not part of this"
                + " ecosystem (" + view.tokens().size() + " tokens are); GET /tokens lists them"));
    }

    private static AdminResult noDeadLetter(Address mint) {
        return AdminResult.Refused.of(ApiError.notFound("no_dead_letter", "token " + mint + " has no open"
                + " dead-letter entry; GET /dlq lists the open ones"));
    }

    private static ApiError chainUnavailable(ChainUnavailableException e) {
        return ApiError.unavailable("chain_unavailable", "the chain could not be read: " + e.getMessage()
                + "; check the RPC endpoints on GET /health and try again");
    }

    /** @param result what happened, in words */
    record MintActionJson(String mint, String result, String reason) {
    }

    /** @param changed tokens new or changed on chain; @param tokens tokens known now */
    record ReloadJson(int changed, int tokens) {
    }
}
