package dev.asdf.burnengine.solana.chain;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.executor.LiteSvmEcosystem;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.time.Duration;
import java.time.Instant;

/**
 * The LiteSVM test profile's layout: fees are watched in the real creator vaults of the fixtures' creator, the root
 * comes from the fixtures' DATState, and the money is the test world's authority and root treasury. The split keeps
 * the program's bps with minimums small enough for the fixtures' fees.
 */
public final class LiteSvmEcosystemLayout implements EcosystemLayout {
    static final SplitConfig SPLIT = new SplitConfig(5520, 100, Lamports.of(1_000), Lamports.of(1_000), Duration.ZERO);
    private final EcosystemVaults vaults;
    private final LiteSvmEcosystem world;
    private final AsdfEcosystemLayout asdf = new AsdfEcosystemLayout();

    public LiteSvmEcosystemLayout(Address creator, LiteSvmEcosystem world) {
        this.vaults = EcosystemVaults.of(creator);
        this.world = world;
    }

    @Override
    public EcosystemVaults vaults() {
        return vaults;
    }

    @Override
    public Address authority() {
        return world.authority.address();
    }

    @Override
    public Address rootTreasury(Address rootMint) {
        return world.rootTreasury;
    }

    @Override
    public ProgramState programState(SolanaRpc rpc) {
        return new ProgramState(SPLIT, Instant.EPOCH, asdf.programState(rpc).rootMint());
    }
}
