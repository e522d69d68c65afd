package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.cycle.ChainBalances;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.token.Token;
import java.util.List;

/**
 * The chain as the planner must see it in direct mode: the root treasury is an address the operator configured and
 * the engine cannot sign for (or the operator's own wallet), so its balance is never money the root's buy may spend.
 * Everything else is the RPC reading unchanged.
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
        return new ChainSnapshot(s.slot(), new ChainBalances(b.curveVault(), b.ammVault(), b.authorityFloat(),
                Lamports.ZERO), s.split(), s.lastCollectAt(), s.markets(), s.feePayerBalance());
    }
}
