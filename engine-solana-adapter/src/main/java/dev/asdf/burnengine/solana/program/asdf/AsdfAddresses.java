package dev.asdf.burnengine.solana.program.asdf;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.crypto.ProgramAddress;
import dev.asdf.burnengine.solana.program.ProgramIds;

/** The ASDF program's PDAs and fixed accounts (onchain-spec §1.3, §2.2). Public: the executor and chain reader. */
public final class AsdfAddresses {
    public static final Address DAT_STATE = pda("dat_v3");
    public static final Address DAT_AUTHORITY = pda("auth_v3");
    public static final Address REBATE_POOL = pda("rebate_pool");
    /** Hard-coded in the program (checked by an address constraint on {@code transfer_dev_fee}). */
    public static final Address DEV_WALLET = Address.parse("dcW5uy7wKdKFxkhyBfPv3MyvrCkDcv1rWucoat13KH4");

    private AsdfAddresses() {}

    public static Address tokenStats(Address mint) {
        return ProgramAddress.find(ProgramIds.ASDF, "token_stats_v1", mint).address();
    }

    /** The system-owned account that receives the root share of every secondary buy. */
    public static Address rootTreasury(Address rootMint) {
        return ProgramAddress.find(ProgramIds.ASDF, "root_treasury", rootMint).address();
    }

    public static Address validatorState(Address mint) {
        return ProgramAddress.find(ProgramIds.ASDF, "validator_v1", mint).address();
    }

    public static Address userStats(Address user) {
        return ProgramAddress.find(ProgramIds.ASDF, "user_stats_v1", user).address();
    }

    private static Address pda(String seed) {
        return ProgramAddress.find(ProgramIds.ASDF, seed).address();
    }
}
