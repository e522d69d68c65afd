package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.solana.rpc.RpcErrorResponse;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcUnavailableException;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends through {@code rpc.endpoints}; a send is never known lost, the rebroadcast interval alone resends. */
final class RpcSubmission implements TransactionSubmission {
    private static final Logger LOG = LoggerFactory.getLogger(RpcSubmission.class);
    private final SolanaRpc rpc;
    private final RpcMetrics metrics;

    RpcSubmission(SolanaRpc rpc, RpcMetrics metrics) {
        this.rpc = rpc;
        this.metrics = metrics;
    }

    @Override
    public Channel open(PreparedTransaction tx) {
        return new Channel() {
            @Override
            public void send() {
                try {
                    rpc.sendRaw(tx.wireBytes());
                    metrics.count("tx_sends", "result", "accepted", 1);
                } catch (RpcErrorResponse e) {
                    metrics.count("tx_sends", "result", "refused", 1);
                    LOG.debug("sending {} was refused: {}", tx.signature(), e.getMessage());
                } catch (RpcUnavailableException e) {
                    metrics.count("tx_sends", "result", "unavailable", 1);
                    LOG.debug("sending {} failed: {}", tx.signature(), e.getMessage());
                }
            }

            @Override
            public boolean lost() {
                return false;
            }
        };
    }
}
