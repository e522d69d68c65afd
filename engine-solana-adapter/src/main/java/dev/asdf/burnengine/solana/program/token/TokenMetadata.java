package dev.asdf.burnengine.solana.program.token;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Token-2022 {@code TokenMetadata} extension (pump Token-2022 mints carry their name, symbol and URI in it).
 *
 * @param updateAuthority all-zero when the metadata is immutable
 */
public record TokenMetadata(Address updateAuthority, Address mint, String name, String symbol, String uri,
        Map<String, String> additionalMetadata) {
    public TokenMetadata {
        additionalMetadata = Map.copyOf(additionalMetadata);
    }

    /** Decodes the extension's value bytes (Borsh: two keys, three strings, a vector of string pairs). */
    public static TokenMetadata decode(byte[] value) {
        BorshReader r = BorshReader.of(value, "Token-2022 TokenMetadata extension");
        Address updateAuthority = r.pubkey("update_authority");
        Address mint = r.pubkey("mint");
        String name = r.string("name");
        String symbol = r.string("symbol");
        String uri = r.string("uri");
        int n = r.vecLength("additional_metadata", 8);
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            extra.put(r.string("additional_metadata key"), r.string("additional_metadata value"));
        }
        return new TokenMetadata(updateAuthority, mint, name, symbol, uri, extra);
    }
}
