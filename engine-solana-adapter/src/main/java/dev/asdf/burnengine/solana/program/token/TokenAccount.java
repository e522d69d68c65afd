package dev.asdf.burnengine.solana.program.token;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import java.util.List;
import java.util.Optional;

/**
 * A token account (SPL Token or Token-2022, base layout of 165 bytes plus Token-2022 extensions).
 *
 * <p>Public: the chain reader reads balances (pool reserves, the authority's tokens, wrapped SOL) with it.
 */
public final class TokenAccount {
    /** The account states of the token programs. */
    public enum State { UNINITIALIZED, INITIALIZED, FROZEN }

    private final Address mint;
    private final Address owner;
    private final long amount;
    private final Address delegate;
    private final State state;
    private final long nativeRentReserve;
    private final boolean isNative;
    private final long delegatedAmount;
    private final Address closeAuthority;
    private final List<TokenExtension> extensions;

    private TokenAccount(Address mint, Address owner, long amount, Address delegate, State state, boolean isNative,
            long nativeRentReserve, long delegatedAmount, Address closeAuthority, List<TokenExtension> extensions) {
        this.mint = mint;
        this.owner = owner;
        this.amount = amount;
        this.delegate = delegate;
        this.state = state;
        this.isNative = isNative;
        this.nativeRentReserve = nativeRentReserve;
        this.delegatedAmount = delegatedAmount;
        this.closeAuthority = closeAuthority;
        this.extensions = extensions;
    }

    /**
     * @throws DecodingException naming the input when it is not a token account
     */
    public static TokenAccount decode(byte[] data) {
        String what = "token account data";
        if (data.length < TokenLayouts.ACCOUNT_LENGTH) {
            throw new DecodingException(what + " is " + data.length + " bytes; a token account is at least "
                    + TokenLayouts.ACCOUNT_LENGTH + " bytes (is this a mint or another account?)");
        }
        BorshReader r = BorshReader.of(data, what);
        Address mint = r.pubkey("mint");
        Address owner = r.pubkey("owner");
        long amount = r.u64("amount");
        Address delegate = TokenLayouts.optionalKey(r, "delegate");
        int stateAt = r.position();
        int stateByte = r.u8("state");
        if (stateByte > 2) {
            throw new DecodingException(what + ": field 'state' at offset " + stateAt + " is " + stateByte
                    + " (0 uninitialized, 1 initialized, 2 frozen); it is not a token account");
        }
        int nativeAt = r.position();
        long nativeTag = r.u32("is_native option tag");
        long rentReserve = r.u64("is_native");
        if (nativeTag > 1) {
            throw new DecodingException(what + ": field 'is_native' at offset " + nativeAt + " has option tag "
                    + nativeTag + " (only 0 or 1 are valid); it is not a token account");
        }
        long delegatedAmount = r.u64("delegated_amount");
        Address closeAuthority = TokenLayouts.optionalKey(r, "close_authority");
        List<TokenExtension> extensions = TokenLayouts.extensions(data, TokenLayouts.ACCOUNT_LENGTH,
                TokenLayouts.ACCOUNT_TYPE_ACCOUNT, what);
        return new TokenAccount(mint, owner, amount, delegate, State.values()[stateByte], nativeTag == 1,
                rentReserve, delegatedAmount, closeAuthority, extensions);
    }

    public Address mint() {
        return mint;
    }

    public Address owner() {
        return owner;
    }

    /** The balance in base units (a u64 in a long's bits). */
    public long amount() {
        return amount;
    }

    public Optional<Address> delegate() {
        return Optional.ofNullable(delegate);
    }

    public State state() {
        return state;
    }

    /** Whether this is a wrapped-SOL account. */
    public boolean isNative() {
        return isNative;
    }

    /** For a wrapped-SOL account, the lamports kept for rent (not part of {@link #amount()}). */
    public long nativeRentReserve() {
        return nativeRentReserve;
    }

    public long delegatedAmount() {
        return delegatedAmount;
    }

    public Optional<Address> closeAuthority() {
        return Optional.ofNullable(closeAuthority);
    }

    public List<TokenExtension> extensions() {
        return extensions;
    }

    @Override
    public String toString() {
        return "TokenAccount[mint=" + mint + ", owner=" + owner + ", amount=" + Long.toUnsignedString(amount) + "]";
    }
}
