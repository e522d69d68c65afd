package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.chain.EcosystemLayout;
import dev.asdf.burnengine.solana.chain.ProgramState;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.time.Instant;

/**
 * Direct mode's ecosystem: the operator's key is the creator whose vaults are watched and the authority that
 * collects and spends; the split and the root come from {@code direct.*} (no program holds them), with no interval
 * between collections (pump has none). The root treasury is the configured address, which the engine pays into and
 * never spends from: {@link DirectChainState} reports it as empty to the planner.
 */
public final class DirectEcosystemLayout implements EcosystemLayout {
    private final Address operator;
    private final DirectSettings settings;
    private final EcosystemVaults vaults;

    public DirectEcosystemLayout(Address operator, DirectSettings settings) {
        this.operator = operator;
        this.settings = settings;
        this.vaults = EcosystemVaults.of(operator);
    }

    @Override
    public EcosystemVaults vaults() {
        return vaults;
    }

    @Override
    public Address authority() {
        return operator;
    }

    /** The configured root treasury, else the operator itself (then no root share is planned: the split is 0). */
    @Override
    public Address rootTreasury(Address rootMint) {
        return settings.rootTreasury().orElse(operator);
    }

    @Override
    public ProgramState programState(SolanaRpc rpc) {
        return new ProgramState(settings.split(), Instant.EPOCH, settings.rootMint());
    }
}
