package dev.asdf.burnengine.solana.chain;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.program.asdf.DatState;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.time.Duration;
import java.time.Instant;

/**
 * The ASDF Burn Engine program's ecosystem: the creator and authority are its {@code dat_authority} PDA, the split
 * and the last collection come from {@code DATState} (onchain-spec §3.1), the root treasury is
 * {@code ["root_treasury", root mint]}.
 */
public final class AsdfEcosystemLayout implements EcosystemLayout {
    private final EcosystemVaults vaults = EcosystemVaults.of(AsdfAddresses.DAT_AUTHORITY);

    @Override
    public EcosystemVaults vaults() {
        return vaults;
    }

    @Override
    public Address authority() {
        return AsdfAddresses.DAT_AUTHORITY;
    }

    @Override
    public Address rootTreasury(Address rootMint) {
        return AsdfAddresses.rootTreasury(rootMint);
    }

    @Override
    public ProgramState programState(SolanaRpc rpc) {
        DatState dat = rpc.account(AsdfAddresses.DAT_STATE).map(a -> DatState.decode(a.data()))
                .orElseThrow(() -> new ChainUnavailableException("DATState " + AsdfAddresses.DAT_STATE + " does not exist"
                        + " on this cluster; point rpc.endpoints at the cluster the ASDF program is deployed on"));
        SplitConfig defaults = SplitConfig.asdfProgramDefaults();
        SplitConfig split = new SplitConfig(dat.feeSplitBps(), defaults.devFeeBps(), defaults.minSecondaryAllocation(),
                defaults.minRootAllocation(), Duration.ofSeconds(Math.max(0, dat.minCycleInterval())));
        return new ProgramState(split, Instant.ofEpochSecond(Math.max(0, dat.lastCycleTimestamp())), dat.rootTokenMint());
    }
}
