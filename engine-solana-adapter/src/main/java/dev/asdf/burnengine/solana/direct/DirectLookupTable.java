package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.message.AddressLookupTable;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The address lookup table direct mode sends its largest steps with: the largest step (both collects, a PumpSwap buy,
 * burn, root share and dev fee) is over a legacy message's 1,232 bytes, and a v0 message that loads the fixed
 * accounts from a table fits. The operator creates the table once ({@code solana address-lookup-table create} /
 * {@code extend}, see docs/direct-mode.md) with {@link #addresses}; the engine only reads it.
 */
public final class DirectLookupTable {
    /** The size of an address lookup table account's header; the addresses follow it, 32 bytes each. */
    static final int META_SIZE = 56;
    static final Address PROGRAM = Address.parse("AddressLookupTab1e1111111111111111111111111");

    private DirectLookupTable() {}

    /**
     * What the table should hold: accounts every step of this operator names and no step writes with a signature.
     * Recipient lists are included whole because the buy picks one at random; fee-recipient lists change rarely, and
     * an account missing from the table only makes the message larger, never wrong.
     */
    public static List<Address> addresses(Address operator, DirectSettings settings, List<Address> feeRecipients,
            List<Address> protocolFeeRecipients, List<Address> buybackFeeRecipients) {
        Set<Address> out = new LinkedHashSet<>();
        EcosystemVaults vaults = EcosystemVaults.of(operator);
        out.addAll(List.of(PumpAddresses.GLOBAL, PumpAddresses.EVENT_AUTHORITY, PumpAddresses.GLOBAL_VOLUME_ACCUMULATOR,
                PumpAddresses.FEE_CONFIG, PumpAddresses.userVolumeAccumulator(operator),
                PumpSwapAddresses.GLOBAL_CONFIG,
                PumpSwapAddresses.EVENT_AUTHORITY, PumpSwapAddresses.GLOBAL_VOLUME_ACCUMULATOR,
                PumpSwapAddresses.FEE_CONFIG, PumpSwapAddresses.userVolumeAccumulator(operator), vaults.curveVault(),
                vaults.ammVaultAuthority(), vaults.ammVault(), ProgramIds.NATIVE_MINT,
                AssociatedTokenAddress.find(operator, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN).address()));
        settings.rootTreasury().ifPresent(out::add);
        settings.devWallet().ifPresent(out::add);
        out.addAll(feeRecipients);
        for (Address r : protocolFeeRecipients) {
            out.add(r);
            out.add(AssociatedTokenAddress.find(r, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN).address());
        }
        for (Address r : buybackFeeRecipients) {
            out.add(r);
            out.add(AssociatedTokenAddress.find(r, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN).address());
        }
        out.removeIf(Address::isZero);
        return new ArrayList<>(out);
    }

    /**
     * Decodes a lookup table account (owner {@code AddressLookupTab1e…}): a 56-byte header, then the addresses.
     *
     * @throws DecodingException when the data is not a lookup table
     */
    public static AddressLookupTable decode(Address key, Address owner, byte[] data) {
        if (!owner.equals(PROGRAM)) {
            throw new DecodingException("direct.lookupTable " + key + " is owned by " + owner + ", not the address"
                    + " lookup table program " + PROGRAM + "; name a table created with `solana address-lookup-table"
                    + " create`");
        }
        if (data.length < META_SIZE || (data.length - META_SIZE) % 32 != 0 || data[0] != 1) {
            throw new DecodingException("direct.lookupTable " + key + " has " + data.length + " bytes of data, not a"
                    + " 56-byte lookup table header followed by 32-byte addresses; name a lookup table");
        }
        List<Address> addresses = new ArrayList<>();
        for (int at = META_SIZE; at < data.length; at += 32) {
            byte[] a = new byte[32];
            System.arraycopy(data, at, a, 0, 32);
            addresses.add(Address.of(a));
        }
        return new AddressLookupTable(key, addresses.subList(0, Math.min(addresses.size(),
                AddressLookupTable.MAX_ADDRESSES)));
    }
}
