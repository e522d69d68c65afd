package dev.asdf.burnengine.solana.program.asdf;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.Discriminator;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ASDF program's global {@code DATState} (onchain-spec §3.1).
 *
 * <p>Public: the chain reader takes the split, the limits and the root mint from it. Its three {@code Option} fields
 * are written compactly, so every field after offset 287 moves; this decoder reads sequentially. Accounts created
 * before {@code last_direct_fee_split_timestamp} existed are 382 bytes; the serialized fields end before the
 * allocation does and the rest is zero, which is how the program reads them too. u64 fields are longs holding the
 * unsigned value.
 */
public final class DatState {
    public static final Discriminator DISCRIMINATOR = Discriminator.account("DATState");
    /** The allocation before {@code migrate_dat_state}. */
    public static final int LEGACY_LENGTH = 382;
    public static final int LENGTH = 390;

    private final Address admin;
    private final Address asdfMint;
    private final Address poolAddress;
    private final long failedCycles;
    private final int consecutiveFailures;
    private final boolean active;
    private final boolean emergencyPause;
    private final long lastCycleTimestamp;
    private final long lastCycleSol;
    private final long lastCycleBurned;
    private final long minFeesThreshold;
    private final long maxFeesPerCycle;
    private final int slippageBps;
    private final long minCycleInterval;
    private final int datAuthorityBump;
    private final long pendingBurnAmount;
    private final Address rootTokenMint;
    private final int feeSplitBps;
    private final long lastSolSentToRoot;
    private final Address pendingAdmin;
    private final Integer pendingFeeSplit;
    private final long pendingFeeSplitTimestamp;
    private final long adminOperationCooldown;
    private final long lastDirectFeeSplitTimestamp;

    private DatState(BorshReader r) {
        admin = r.pubkey("admin");
        asdfMint = r.pubkey("asdf_mint");
        r.pubkey("wsol_mint");
        poolAddress = r.pubkey("pool_address");
        r.pubkey("pump_swap_program");
        r.u64("total_burned");
        r.u64("total_sol_collected");
        r.u32("total_buybacks");
        failedCycles = r.u32("failed_cycles");
        consecutiveFailures = r.u8("consecutive_failures");
        active = r.bool("is_active");
        emergencyPause = r.bool("emergency_pause");
        lastCycleTimestamp = r.i64("last_cycle_timestamp");
        r.i64("initialized_at");
        r.i64("last_am_execution");
        r.i64("last_pm_execution");
        lastCycleSol = r.u64("last_cycle_sol");
        lastCycleBurned = r.u64("last_cycle_burned");
        minFeesThreshold = r.u64("min_fees_threshold");
        maxFeesPerCycle = r.u64("max_fees_per_cycle");
        slippageBps = r.u16("slippage_bps");
        minCycleInterval = r.i64("min_cycle_interval");
        datAuthorityBump = r.u8("dat_authority_bump");
        r.u8("current_fee_recipient_index");
        r.u64("last_known_price");
        pendingBurnAmount = r.u64("pending_burn_amount");
        rootTokenMint = r.optionTag("root_token_mint") ? r.pubkey("root_token_mint") : null;
        feeSplitBps = r.u16("fee_split_bps");
        lastSolSentToRoot = r.u64("last_sol_sent_to_root");
        pendingAdmin = r.optionTag("pending_admin") ? r.pubkey("pending_admin") : null;
        pendingFeeSplit = r.optionTag("pending_fee_split") ? r.u16("pending_fee_split") : null;
        pendingFeeSplitTimestamp = r.i64("pending_fee_split_timestamp");
        adminOperationCooldown = r.i64("admin_operation_cooldown");
        lastDirectFeeSplitTimestamp = r.i64("last_direct_fee_split_timestamp");
    }

    /**
     * @throws DecodingException on a wrong discriminator, an account shorter than the legacy 382 bytes, or a bad
     *     option tag
     */
    public static DatState decode(byte[] data) {
        String what = "ASDF DATState account data";
        DISCRIMINATOR.require(data, 0, what);
        if (data.length < LEGACY_LENGTH) {
            throw new DecodingException(what + " is " + data.length + " bytes; DATState is " + LENGTH + " bytes ("
                    + LEGACY_LENGTH + " before migrate_dat_state); the account is truncated");
        }
        byte[] padded = data.length >= LENGTH ? data : Arrays.copyOf(data, LENGTH);
        return new DatState(BorshReader.of(padded, 8, padded.length, what));
    }

    public Address admin() {
        return admin;
    }

    public Address asdfMint() {
        return asdfMint;
    }

    public Address poolAddress() {
        return poolAddress;
    }

    public long failedCycles() {
        return failedCycles;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public boolean active() {
        return active;
    }

    public boolean emergencyPause() {
        return emergencyPause;
    }

    public long lastCycleTimestamp() {
        return lastCycleTimestamp;
    }

    public long lastCycleSol() {
        return lastCycleSol;
    }

    public long lastCycleBurned() {
        return lastCycleBurned;
    }

    public long minFeesThreshold() {
        return minFeesThreshold;
    }

    public long maxFeesPerCycle() {
        return maxFeesPerCycle;
    }

    public int slippageBps() {
        return slippageBps;
    }

    public long minCycleInterval() {
        return minCycleInterval;
    }

    public int datAuthorityBump() {
        return datAuthorityBump;
    }

    public long pendingBurnAmount() {
        return pendingBurnAmount;
    }

    public Optional<Address> rootTokenMint() {
        return Optional.ofNullable(rootTokenMint);
    }

    /** The share of a secondary's fees it keeps, in basis points (the rest goes to the root treasury). */
    public int feeSplitBps() {
        return feeSplitBps;
    }

    public long lastSolSentToRoot() {
        return lastSolSentToRoot;
    }

    public Optional<Address> pendingAdmin() {
        return Optional.ofNullable(pendingAdmin);
    }

    public OptionalInt pendingFeeSplit() {
        return pendingFeeSplit == null ? OptionalInt.empty() : OptionalInt.of(pendingFeeSplit);
    }

    public long pendingFeeSplitTimestamp() {
        return pendingFeeSplitTimestamp;
    }

    public long adminOperationCooldown() {
        return adminOperationCooldown;
    }

    public long lastDirectFeeSplitTimestamp() {
        return lastDirectFeeSplitTimestamp;
    }

    @Override
    public String toString() {
        return "DatState[admin=" + admin + ", root=" + rootTokenMint + ", feeSplitBps=" + feeSplitBps + ", active="
                + active + ", paused=" + emergencyPause + "]";
    }
}
