package dev.asdf.burnengine.solana.jito;

import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.solana.executor.TransactionSubmission;
import dev.asdf.burnengine.solana.rpc.RpcErrorResponse;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcUnavailableException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a step's signed transaction as a Jito bundle of exactly that one transaction. The bytes are the journaled
 * ones, tip included, so resending them can never pay twice, and whether they landed is still read from the signature
 * status on the RPC endpoints. While the signature has no status, the last bundle's state is polled at most once per
 * {@code rpc.send.pollInterval}; a bundle the block engine reports {@code Failed} is lost, and the same bytes go out
 * again as a new bundle at once (any other state waits for the regular rebroadcast). Counted as {@code jito_bundles{result}} and
 * {@code jito_bundle_states{state}}.
 */
public final class JitoBundleSubmission implements TransactionSubmission {
    private static final Logger LOG = LoggerFactory.getLogger(JitoBundleSubmission.class);
    private final JitoBlockEngine engine;
    private final JitoTips tips;
    private final RpcMetrics metrics;
    private final Duration pollInterval;

    /** @param pollInterval the least time between two status polls of one bundle */
    public JitoBundleSubmission(JitoBlockEngine engine, JitoTips tips, RpcMetrics metrics, Duration pollInterval) {
        this.engine = engine;
        this.tips = tips;
        this.metrics = metrics;
        this.pollInterval = pollInterval;
    }

    @Override
    public Channel open(PreparedTransaction tx) {
        return new BundleChannel(tx);
    }

    private final class BundleChannel implements Channel {
        private final PreparedTransaction tx;
        private Optional<String> bundle = Optional.empty();
        private long polledNanos;

        BundleChannel(PreparedTransaction tx) {
            this.tx = tx;
        }

        @Override
        public void send() {
            bundle = Optional.empty();
            try {
                bundle = Optional.of(engine.sendBundle(tx.wireBytes()));
                polledNanos = System.nanoTime();
                metrics.count("jito_bundles", "result", "accepted", 1);
                LOG.debug("transaction {} sent as Jito bundle {}", tx.signature(), bundle.get());
            } catch (RpcErrorResponse e) {
                metrics.count("jito_bundles", "result", "refused", 1);
                tips.refresh();
                LOG.debug("the block engine {} refused the bundle of {}: {}", engine.name(), tx.signature(),
                        e.getMessage());
            } catch (RpcUnavailableException e) {
                metrics.count("jito_bundles", "result", "unavailable", 1);
                LOG.debug("the block engine {} could not take the bundle of {}: {}", engine.name(), tx.signature(),
                        e.getMessage());
            }
        }

        @Override
        public boolean lost() {
            if (bundle.isEmpty() || System.nanoTime() - polledNanos < pollInterval.toNanos()) {
                return false;
            }
            polledNanos = System.nanoTime();
            try {
                BundleState state = engine.inflightState(bundle.get());
                metrics.count("jito_bundle_states", "state", state.label(), 1);
                if (state.lost()) {
                    LOG.debug("Jito bundle {} of {} is {}; the same bytes are sent again", bundle.get(),
                            tx.signature(), state.label());
                    bundle = Optional.empty();
                    return true;
                }
            } catch (RpcErrorResponse | RpcUnavailableException e) {
                metrics.count("jito_bundle_states", "state", "unreadable", 1);
                LOG.debug("the state of Jito bundle {} could not be read: {}", bundle.get(), e.getMessage());
            }
            return false;
        }
    }
}
