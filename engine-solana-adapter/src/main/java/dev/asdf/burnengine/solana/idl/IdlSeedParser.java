package dev.asdf.burnengine.solana.idl;

import com.fasterxml.jackson.databind.JsonNode;

/** Parses one IDL seed; public so program profiles write their extra PDAs in the IDL's own syntax. */
public final class IdlSeedParser {
    private IdlSeedParser() {}

    public static IdlSeed parse(JsonNode seed) {
        return Idl.seed(seed);
    }
}
