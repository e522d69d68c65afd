package dev.asdf.burnengine.solana.direct;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.config.ConfigSection;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What direct mode is told by the {@code direct.*} keys. Nothing on chain holds these (there is no program state in
 * direct mode), so the operator's configuration is the only source of the split.
 *
 * @param rootMint the ecosystem's root token: secondaries pay their root share for it; required on a real cluster
 * @param rootTreasury where a secondary's root share goes; without it no root share is paid (the share is 0)
 * @param devWallet where the dev fee goes; without it no dev fee is paid (the fee is 0)
 * @param rootShareBps share of a secondary's allocation paid to the root treasury (default 4480 = 44.8 %)
 * @param devFeeBps share of the kept part paid to the dev wallet (default 100 = 1 %)
 * @param slippageBps how far above the fresh quote a buy may pay ({@code max_sol_cost}), in basis points
 * @param maxSpendPerCycle lamports all buys of one cycle may put at risk together ({@code max_sol_cost} summed)
 * @param minAllocation the smallest allocation worth a transaction (root and secondaries)
 * @param jito whether steps are sent as Jito bundles ({@code direct.jito}), to which block engine, with which tip
 * @param lookupTable an address lookup table the operator created with the addresses of
 *     {@link DirectLookupTable#addresses}; steps too large for a legacy message are sent as v0 messages with it
 */
public record DirectSettings(Optional<Address> rootMint, Optional<Address> rootTreasury, Optional<Address> devWallet,
        int rootShareBps, int devFeeBps, int slippageBps, Lamports maxSpendPerCycle, Lamports minAllocation,
        JitoSettings jito, Optional<Address> lookupTable) {
    public static final int DEFAULT_ROOT_SHARE_BPS = 4480;
    public static final int DEFAULT_DEV_FEE_BPS = 100;
    public static final int DEFAULT_SLIPPAGE_BPS = 300;
    public static final long DEFAULT_MAX_SPEND_PER_CYCLE = 1_000_000_000L;
    public static final long DEFAULT_MIN_ALLOCATION = 10_000_000L;

    public DirectSettings {
        Objects.requireNonNull(rootMint, "rootMint");
        Objects.requireNonNull(rootTreasury, "rootTreasury");
        Objects.requireNonNull(devWallet, "devWallet");
        Objects.requireNonNull(maxSpendPerCycle, "maxSpendPerCycle");
        Objects.requireNonNull(minAllocation, "minAllocation");
        Objects.requireNonNull(lookupTable, "lookupTable");
        Objects.requireNonNull(jito, "jito");
        if (rootShareBps < 0 || rootShareBps >= SplitConfig.BPS_DENOMINATOR) {
            throw new IllegalArgumentException("direct.rootShareBps must be in 0..9999, got " + rootShareBps);
        }
        if (devFeeBps < 0 || devFeeBps > SplitConfig.BPS_DENOMINATOR) {
            throw new IllegalArgumentException("direct.devFeeBps must be in 0..10000, got " + devFeeBps);
        }
        if (slippageBps < 0 || slippageBps > SplitConfig.BPS_DENOMINATOR) {
            throw new IllegalArgumentException("direct.slippageBps must be in 0..10000, got " + slippageBps);
        }
    }

    public static DirectSettings defaults() {
        return new DirectSettings(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_ROOT_SHARE_BPS,
                DEFAULT_DEV_FEE_BPS, DEFAULT_SLIPPAGE_BPS, Lamports.of(DEFAULT_MAX_SPEND_PER_CYCLE),
                Lamports.of(DEFAULT_MIN_ALLOCATION), JitoSettings.disabled(), Optional.empty());
    }

    /**
     * Reads the {@code direct} section; every key is read whatever the strategy, so switching {@code strategy} never
     * turns a key into an unknown one. Problems are reported on {@code section}, naming key, value and fix.
     *
     * @param required whether direct mode will run (strategy direct on a real cluster): the root mint is needed then
     */
    public static DirectSettings from(ConfigSection section, boolean required) {
        Optional<Address> rootMint = address(section, "rootMint");
        Optional<Address> rootTreasury = address(section, "rootTreasury");
        Optional<Address> devWallet = address(section, "devWallet");
        int rootShare = section.integer("rootShareBps", DEFAULT_ROOT_SHARE_BPS, 0, SplitConfig.BPS_DENOMINATOR - 1);
        int devFee = section.integer("devFeeBps", DEFAULT_DEV_FEE_BPS, 0, SplitConfig.BPS_DENOMINATOR);
        int slippage = section.integer("slippageBps", DEFAULT_SLIPPAGE_BPS, 0, 5_000);
        long cap = section.lamports("maxSpendPerCycle", DEFAULT_MAX_SPEND_PER_CYCLE);
        long min = section.lamports("minAllocation", DEFAULT_MIN_ALLOCATION);
        JitoSettings jito = jito(section);
        Optional<Address> lookupTable = address(section, "lookupTable");
        if (required && rootMint.isEmpty()) {
            section.problem("rootMint", "(none)", "is required with strategy direct: name the mint of the ecosystem's"
                    + " root token, e.g. 'direct.rootMint: <base58 mint>' (secondaries pay their root share for it)");
        }
        if (cap <= 0) {
            section.problem("maxSpendPerCycle", cap + " lamports", "must be positive: it caps what one cycle's buys may"
                    + " spend; write e.g. '1 SOL'");
            cap = DEFAULT_MAX_SPEND_PER_CYCLE;
        }
        return new DirectSettings(rootMint, rootTreasury, devWallet, rootShare, devFee, slippage, Lamports.of(cap),
                Lamports.of(Math.max(0, min)), jito, lookupTable);
    }

    /**
     * The split the planner applies: the kept share is what the root share leaves; without a root treasury or dev
     * wallet the corresponding part is 0, so no lamports are planned for an address that does not exist.
     */
    public SplitConfig split() {
        int root = rootTreasury.isPresent() ? rootShareBps : 0;
        int dev = devWallet.isPresent() ? devFeeBps : 0;
        return new SplitConfig(SplitConfig.BPS_DENOMINATOR - root, dev, minAllocation, minAllocation, Duration.ZERO);
    }

    private static JitoSettings jito(ConfigSection section) {
        boolean enabled = section.bool("jito", false);
        URI url = section.optionalUrl("jitoUrl", "https", "http").orElse(URI.create(JitoSettings.DEFAULT_URL));
        long tip = section.lamports("jitoTipLamports", JitoSettings.DEFAULT_TIP_LAMPORTS);
        if (tip < JitoSettings.MIN_TIP_LAMPORTS) {
            section.problem("jitoTipLamports", tip + " lamports", "is below the Jito block engine's minimum tip of "
                    + JitoSettings.MIN_TIP_LAMPORTS + " lamports (a smaller tip is ignored and the bundle never lands);"
                    + " write e.g. '" + JitoSettings.DEFAULT_TIP_LAMPORTS + " lamports'");
            tip = JitoSettings.DEFAULT_TIP_LAMPORTS;
        }
        return new JitoSettings(enabled, url, Lamports.of(tip));
    }

    private static Optional<Address> address(ConfigSection section, String key) {
        Optional<String> text = section.optionalString(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Address.parse(text.get()));
        } catch (IllegalArgumentException e) {
            section.problem(key, text.get(), "is not a Solana address (" + e.getMessage() + "); write the base58"
                    + " public key, e.g. as printed by `solana address -k wallet.json`");
            return Optional.empty();
        }
    }
}
