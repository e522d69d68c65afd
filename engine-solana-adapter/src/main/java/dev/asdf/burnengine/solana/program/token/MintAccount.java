package dev.asdf.burnengine.solana.program.token;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import java.util.List;
import java.util.Optional;

/**
 * A token mint (SPL Token or Token-2022, base layout of 82 bytes plus Token-2022 extensions).
 *
 * <p>Public: the chain reader reads supply and decimals, and the mint's metadata for the CLI.
 */
public final class MintAccount {
    private final Address mintAuthority;
    private final long supply;
    private final int decimals;
    private final boolean initialized;
    private final Address freezeAuthority;
    private final List<TokenExtension> extensions;

    private MintAccount(Address mintAuthority, long supply, int decimals, boolean initialized, Address freezeAuthority,
            List<TokenExtension> extensions) {
        this.mintAuthority = mintAuthority;
        this.supply = supply;
        this.decimals = decimals;
        this.initialized = initialized;
        this.freezeAuthority = freezeAuthority;
        this.extensions = extensions;
    }

    /**
     * @throws DecodingException naming the input when it is not a mint
     */
    public static MintAccount decode(byte[] data) {
        String what = "token mint account data";
        if (data.length < TokenLayouts.MINT_LENGTH) {
            throw new DecodingException(what + " is " + data.length + " bytes; a mint is at least "
                    + TokenLayouts.MINT_LENGTH + " bytes (is this a token account or another account?)");
        }
        BorshReader r = BorshReader.of(data, what);
        Address mintAuthority = TokenLayouts.optionalKey(r, "mint_authority");
        long supply = r.u64("supply");
        int decimals = r.u8("decimals");
        boolean initialized = r.bool("is_initialized");
        Address freezeAuthority = TokenLayouts.optionalKey(r, "freeze_authority");
        List<TokenExtension> extensions = TokenLayouts.extensions(data, TokenLayouts.MINT_LENGTH,
                TokenLayouts.ACCOUNT_TYPE_MINT, what);
        return new MintAccount(mintAuthority, supply, decimals, initialized, freezeAuthority, extensions);
    }

    public Optional<Address> mintAuthority() {
        return Optional.ofNullable(mintAuthority);
    }

    /** The supply in base units (a u64 in a long's bits). */
    public long supply() {
        return supply;
    }

    public int decimals() {
        return decimals;
    }

    public boolean initialized() {
        return initialized;
    }

    public Optional<Address> freezeAuthority() {
        return Optional.ofNullable(freezeAuthority);
    }

    public List<TokenExtension> extensions() {
        return extensions;
    }

    /** The Token-2022 {@code TokenMetadata} extension, if the mint has one. */
    public Optional<TokenMetadata> metadata() {
        return extensions.stream().filter(e -> e.type() == TokenExtension.TOKEN_METADATA).findFirst()
                .map(e -> TokenMetadata.decode(e.value()));
    }

    @Override
    public String toString() {
        return "MintAccount[supply=" + Long.toUnsignedString(supply) + ", decimals=" + decimals + ", extensions="
                + extensions.stream().map(TokenExtension::name).toList() + "]";
    }
}
