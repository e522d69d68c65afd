package dev.asdf.burnengine.solana.program.asdf;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.Discriminator;

/**
 * The ASDF program's per-token {@code TokenStats} (onchain-spec §3.1), 138 bytes (114 before
 * {@code migrate_token_stats}: the last three fields are then absent and read as zero, as the program does).
 * u64 fields are longs holding the unsigned value.
 */
public record TokenStats(Address mint, long totalBurned, long totalSolCollected, long totalSolUsed,
        long totalSolSentToRoot, long totalSolReceivedFromOthers, long totalBuybacks, long lastCycleTimestamp,
        long lastCycleSol, long lastCycleBurned, boolean rootToken, int bump, long pendingFeesLamports,
        long lastFeeUpdateTimestamp, long cyclesParticipated) {
    public static final Discriminator DISCRIMINATOR = Discriminator.account("TokenStats");
    public static final int LEGACY_LENGTH = 114;
    public static final int LENGTH = 138;

    /**
     * @throws DecodingException on a wrong discriminator or an account shorter than the legacy layout
     */
    public static TokenStats decode(byte[] data) {
        String what = "ASDF TokenStats account data";
        DISCRIMINATOR.require(data, 0, what);
        if (data.length < LEGACY_LENGTH) {
            throw new DecodingException(what + " is " + data.length + " bytes; TokenStats is " + LENGTH + " bytes ("
                    + LEGACY_LENGTH + " before migrate_token_stats); the account is truncated");
        }
        byte[] padded = data.length >= LENGTH ? data : java.util.Arrays.copyOf(data, LENGTH);
        BorshReader r = BorshReader.of(padded, 8, LENGTH, what);
        return new TokenStats(r.pubkey("mint"), r.u64("total_burned"), r.u64("total_sol_collected"),
                r.u64("total_sol_used"), r.u64("total_sol_sent_to_root"), r.u64("total_sol_received_from_others"),
                r.u64("total_buybacks"), r.i64("last_cycle_timestamp"), r.u64("last_cycle_sol"),
                r.u64("last_cycle_burned"), r.bool("is_root_token"), r.u8("bump"), r.u64("pending_fees_lamports"),
                r.i64("last_fee_update_timestamp"), r.u64("cycles_participated"));
    }
}
