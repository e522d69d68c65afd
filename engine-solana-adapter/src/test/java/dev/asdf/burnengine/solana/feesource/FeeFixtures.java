package dev.asdf.burnengine.solana.feesource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The recorded fee transactions written by the oracle (src/test/oracle/fee-transactions.mjs). */
public final class FeeFixtures {
    private FeeFixtures() {}

    public static JsonNode all() {
        return Vectors.load("fee-transactions.json");
    }

    public static Address creator() {
        return Address.parse(all().path("creator").asText());
    }

    public static Address mint(String name) {
        return Address.parse(all().path("mints").path(name).asText());
    }

    public static List<JsonNode> cases() {
        List<JsonNode> out = new ArrayList<>();
        all().path("cases").forEach(out::add);
        return out;
    }

    public static JsonNode byName(String name) {
        return cases().stream().filter(c -> c.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fee fixture named '" + name + "'"));
    }

    /** The getTransaction result of a case in the json encoding (as the node returns it). */
    public static JsonNode json(JsonNode fixture) {
        ObjectNode result = fixture.path("result").deepCopy();
        result.remove("transactionBase64");
        return result;
    }

    /** The same result in the base64 encoding. */
    public static JsonNode base64(JsonNode fixture) {
        ObjectNode result = fixture.path("result").deepCopy();
        ArrayNode wire = result.arrayNode().add(result.path("transactionBase64").asText()).add("base64");
        result.set("transaction", wire);
        result.remove("transactionBase64");
        return result;
    }

    /** The PumpSwap pools of the fixtures, as a directory without RPC. */
    public static PoolDirectory pools() {
        Address pool = Address.parse(all().path("pool").asText());
        for (JsonNode a : all().path("accounts")) {
            if (a.path("pubkey").asText().equals(pool.toString())) {
                Pool decoded = Pool.decode(Base64.getDecoder().decode(a.path("data").asText()));
                return address -> address.equals(pool) ? Optional.of(decoded) : Optional.empty();
            }
        }
        throw new IllegalStateException("fee-transactions.json has no account for its pool " + pool);
    }

    /** Writes every fixture account (pool, curves, mints, DATState) into the peer. */
    public static void seedAccounts(LiteSvmPeer peer) {
        for (JsonNode a : all().path("accounts")) {
            peer.setAccount(Address.parse(a.path("pubkey").asText()), a.path("lamports").asLong(),
                    Address.parse(a.path("owner").asText()), Base64.getDecoder().decode(a.path("data").asText()));
        }
    }
}
