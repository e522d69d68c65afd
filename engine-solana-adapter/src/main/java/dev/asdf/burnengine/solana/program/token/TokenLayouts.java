package dev.asdf.burnengine.solana.program.token;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import java.util.ArrayList;
import java.util.List;

/** The shared pieces of the SPL Token and Token-2022 layouts: COption fields and the extension area. */
final class TokenLayouts {
    static final int MINT_LENGTH = 82;
    static final int ACCOUNT_LENGTH = 165;
    static final int ACCOUNT_TYPE_MINT = 1;
    static final int ACCOUNT_TYPE_ACCOUNT = 2;

    private TokenLayouts() {}

    /** A {@code COption<Pubkey>}: u32 tag (0 or 1) and 32 bytes that are present either way. */
    static Address optionalKey(BorshReader r, String field) {
        int at = r.position();
        long tag = r.u32(field + " option tag");
        Address key = r.pubkey(field);
        if (tag > 1) {
            throw new DecodingException(r.what() + ": field '" + field + "' at offset " + at + " has option tag " + tag
                    + " (only 0 or 1 are valid); the data is not a token account or mint");
        }
        return tag == 1 ? key : null;
    }

    /**
     * The Token-2022 extensions after the base layout: the account-type byte at offset 165, then TLV entries
     * (u16 type, u16 length, value) until the data ends or an all-zero type starts the padding.
     */
    static List<TokenExtension> extensions(byte[] data, int baseLength, int expectedType, String what) {
        if (data.length == baseLength) {
            return List.of();
        }
        if (data.length <= ACCOUNT_LENGTH) {
            throw new DecodingException(what + " is " + data.length + " bytes: not the " + baseLength
                    + "-byte base layout and too short for Token-2022 extensions (which start after byte "
                    + ACCOUNT_LENGTH + "); it is not a token " + (expectedType == ACCOUNT_TYPE_MINT ? "mint" : "account"));
        }
        int accountType = data[ACCOUNT_LENGTH] & 0xFF;
        if (accountType != expectedType) {
            throw new DecodingException(what + " has Token-2022 account type " + accountType + " at offset "
                    + ACCOUNT_LENGTH + " but a " + (expectedType == ACCOUNT_TYPE_MINT ? "mint" : "token account")
                    + " has " + expectedType + "; it is another kind of token-program account");
        }
        List<TokenExtension> out = new ArrayList<>();
        BorshReader r = BorshReader.of(data, ACCOUNT_LENGTH + 1, data.length, what + " extensions");
        while (r.remaining() >= 4) {
            int type = r.u16("extension type");
            if (type == 0) {
                break;
            }
            int length = r.u16("extension length");
            out.add(new TokenExtension(type, r.bytes(length, "extension " + type + " value")));
        }
        return List.copyOf(out);
    }
}
