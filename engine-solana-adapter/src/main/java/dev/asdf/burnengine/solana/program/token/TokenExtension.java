package dev.asdf.burnengine.solana.program.token;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One Token-2022 extension entry (type-length-value after the base layout), kept raw; {@link #name()} names the known
 * types. Decoders for the entries the engine reads live beside it ({@link TokenMetadata}).
 */
public record TokenExtension(int type, byte[] value) {
    private static final String[] NAMES = {
        "Uninitialized", "TransferFeeConfig", "TransferFeeAmount", "MintCloseAuthority", "ConfidentialTransferMint",
        "ConfidentialTransferAccount", "DefaultAccountState", "ImmutableOwner", "MemoTransfer", "NonTransferable",
        "InterestBearingConfig", "CpiGuard", "PermanentDelegate", "NonTransferableAccount", "TransferHook",
        "TransferHookAccount", "ConfidentialTransferFeeConfig", "ConfidentialTransferFeeAmount", "MetadataPointer",
        "TokenMetadata", "GroupPointer", "TokenGroup", "GroupMemberPointer", "TokenGroupMember",
        "ConfidentialMintBurn", "ScaledUiAmountConfig", "PausableConfig", "PausableAccount"
    };
    public static final int METADATA_POINTER = 18;
    public static final int TOKEN_METADATA = 19;

    public TokenExtension {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The extension's name in the Token-2022 program, or {@code Unknown(<type>)}. */
    public String name() {
        return type < NAMES.length ? NAMES[type] : "Unknown(" + type + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenExtension other && type == other.type && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return name() + "[" + HexFormat.of().formatHex(value) + "]";
    }
}
