package dev.asdf.burnengine.solana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The oracle's committed vectors (src/test/resources/vectors, written by src/test/oracle/generate.mjs). */
public final class Vectors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();

    private Vectors() {}

    public static JsonNode load(String file) {
        return CACHE.computeIfAbsent(file, f -> {
            try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("vector file " + f + " is missing; run the oracle (docs/solana-layer.md)");
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static Address address(JsonNode node) {
        return Address.parse(node.asText());
    }

    public static byte[] hex(JsonNode node) {
        return HexFormat.of().parseHex(node.asText());
    }

    /** A u64 written as a decimal string, as a long's bits. */
    public static long u64(JsonNode node) {
        return new BigInteger(node.asText()).longValue();
    }

    public static Instruction instruction(JsonNode ix) {
        List<AccountMeta> metas = new ArrayList<>();
        for (JsonNode a : ix.path("accounts")) {
            metas.add(new AccountMeta(address(a.path("address")), a.path("signer").asBoolean(),
                    a.path("writable").asBoolean()));
        }
        return new Instruction(address(ix.path("programId")), metas, hex(ix.path("data")));
    }

    /** Every entry of {@code group} named {@code name}. */
    public static List<JsonNode> instructions(String group, String name) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : load("instructions.json").path(group)) {
            if (n.path("name").asText().equals(name)) {
                out.add(n);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no vector for " + group + "." + name);
        }
        return out;
    }
}
