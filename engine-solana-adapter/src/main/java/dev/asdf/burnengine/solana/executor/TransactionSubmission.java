package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;

/**
 * How {@link TransactionSender} hands one signed transaction's bytes to the network: through {@code rpc.endpoints}
 * ({@link #rpc}) or as a Jito bundle. Only the sending differs; whether the transaction landed is always decided by
 * its signature status on the RPC endpoints, and the bytes are never changed or signed again. Public only so the Jito
 * package can implement it.
 */
public interface TransactionSubmission {

    /** Today's path: {@code sendTransaction} with {@code maxRetries: 0} on the RPC endpoints. */
    static TransactionSubmission rpc(SolanaRpc rpc, RpcMetrics metrics) {
        return new RpcSubmission(rpc, metrics);
    }

    /** Starts submitting one transaction; called once per landing attempt. */
    Channel open(PreparedTransaction transaction);

    /** The submission of one transaction's bytes. */
    interface Channel {
        /** Sends the bytes once; a refusal or an unreachable peer is counted and logged, never thrown. */
        void send();

        /**
         * Called while the signature has no status: true when the last send is known lost (a bundle reported failed),
         * so the same bytes are sent again now rather than at the next rebroadcast.
         */
        boolean lost();
    }
}
