package dev.asdf.burnengine.solana.feesource;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;
import java.util.List;
import java.util.Objects;

/**
 * The two creator vaults of one creator: pump's SOL vault {@code ["creator-vault", creator]} and PumpSwap's WSOL vault,
 * the WSOL ATA of {@code ["creator_vault", creator]} under the AMM.
 *
 * @param creator the creator every fee event must name (for the ASDF program: its {@code dat_authority})
 */
public record EcosystemVaults(Address creator, Address curveVault, Address ammVaultAuthority, Address ammVault) {
    public EcosystemVaults {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(curveVault, "curveVault");
        Objects.requireNonNull(ammVaultAuthority, "ammVaultAuthority");
        Objects.requireNonNull(ammVault, "ammVault");
    }

    public static EcosystemVaults of(Address creator) {
        return new EcosystemVaults(creator, PumpAddresses.creatorVault(creator),
                PumpSwapAddresses.coinCreatorVaultAuthority(creator),
                PumpSwapAddresses.coinCreatorVaultAta(creator, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN));
    }

    public Address address(FeeVault vault) {
        return vault == FeeVault.BONDING_CURVE ? curveVault : ammVault;
    }

    /** Both vault addresses, bonding curve first. */
    public List<Address> addresses() {
        return List.of(curveVault, ammVault);
    }
}
