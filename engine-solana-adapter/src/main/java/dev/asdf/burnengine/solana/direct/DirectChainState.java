package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.cycle.ChainBalances;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.token.Token;
import java.util.List;

/**
 * The chain as the planner and the reconciler must see it in direct mode. The authority is the operator's own
 * wallet, which also holds the operator's SOL (transaction fees, anything sent to it): counted as fee float, all of it
 * would be reconciled as an unattributed surplus and burned. So only the creator vaults are fee money; a cycle's first
 * step collects them and the later steps spend what it collected. The root treasury is an address the engine pays
 * into and cannot spend from, so it is reported empty. Everything else is the RPC reading unchanged.
 */
public final class DirectChainState implements ChainState {
    private final ChainState rpc;

    public DirectChainState(ChainState rpc) {
        this.rpc = rpc;
    }

    @Override
    public ChainSnapshot read(List<Token> tokens) {
        ChainSnapshot s = rpc.read(tokens);
        ChainBalances b = s.balances();
        return new ChainSnapshot(s.slot(), new ChainBalances(b.curveVault(), b.ammVault(), Lamports.ZERO,
                Lamports.ZERO), s.split(), s.lastCollectAt(), s.markets(), s.feePayerBalance());
    }
}
