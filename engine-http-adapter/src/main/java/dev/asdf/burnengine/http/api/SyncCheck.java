package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.fee.Reconciliation;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.http.web.ApiError;
import dev.asdf.burnengine.http.web.Responses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health/sync}: the ledger compared with what the chain holds, through the engine's dry run (nothing is
 * adjusted). It reads the chain, so it runs on a worker thread, and since anyone may call it, concurrent calls share
 * one chain read and a result is reused for a few seconds: the endpoint cannot be used to flood the RPC provider.
 */
public final class SyncCheck {
    private static final Logger LOG = LoggerFactory.getLogger(SyncCheck.class);

    private final BurnEngine engine;
    private final Clock clock;
    private final long reuseNanos;
    private Future<Result> latest;
    private long latestAt;

    public SyncCheck(BurnEngine engine, Clock clock, Duration reuseFor) {
        this.engine = engine;
        this.clock = clock;
        this.reuseNanos = reuseFor.toNanos();
    }

    record Result(Reconciliation reconciliation, long checkedAt) {
    }

    /**
     * @param inSync the chain holds what the ledger says (within the engine's tolerance)
     * @param comparable false while the fee source has not caught up with the balances' slot (then nothing is
     *                   concluded either way)
     */
    record SyncJson(boolean inSync, boolean comparable, long checkedAt, ReconciliationJson reconciliation) {
    }

    public void handle(RoutingContext ctx) {
        current(ctx.vertx()).onComplete(ar -> {
            if (ar.succeeded()) {
                Reconciliation r = ar.result().reconciliation();
                boolean comparable = r.status() != Reconciliation.Status.NOT_COMPARABLE;
                boolean inSync = r.status() == Reconciliation.Status.IN_SYNC;
                Responses.json(ctx, comparable && !inSync ? 409 : 200,
                        new SyncJson(inSync, comparable, ar.result().checkedAt(), ReconciliationJson.of(r)));
            } else if (ar.cause() instanceof ChainUnavailableException e) {
                Responses.error(ctx, ApiError.unavailable("chain_unavailable", "the chain could not be read to"
                        + " compare with the ledger: " + e.getMessage() + "; check the RPC endpoints on GET /health"));
            } else if (ar.cause() instanceof IllegalStateException) {
                Responses.error(ctx, ApiError.engineNotStarted());
            } else {
                LOG.error("the sync check failed", ar.cause());
                ctx.fail(ar.cause());
            }
        });
    }

    private synchronized Future<Result> current(Vertx vertx) {
        long now = System.nanoTime();
        if (latest != null && (!latest.isComplete() || now - latestAt < reuseNanos)) {
            return latest;
        }
        latestAt = now;
        latest = vertx.executeBlocking(() -> new Result(engine.previewCycle().reconciliation(), clock.millis()), false);
        return latest;
    }
}
