package dev.asdf.burnengine.solana.feesource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.Base58;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.message.CompiledInstruction;
import dev.asdf.burnengine.solana.message.Message;
import dev.asdf.burnengine.solana.message.Transaction;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads the result of {@code getTransaction} in the {@code json} or the {@code base64} encoding (the two the engine
 * and {@code engine-cli fees explain} accept). Public: the CLI parses files with it.
 */
public final class ConfirmedTransactions {
    private ConfirmedTransactions() {}

    /**
     * @throws DecodingException when the JSON is not a {@code getTransaction} result (names the missing member)
     */
    public static ConfirmedTransaction parse(JsonNode result) {
        if (result == null || !result.isObject()) {
            throw new DecodingException("a getTransaction result must be a JSON object with 'transaction' and 'meta', got "
                    + (result == null ? "nothing" : result.getNodeType()) + "; pass the 'result' member of the RPC answer");
        }
        JsonNode tx = require(result, "transaction");
        JsonNode meta = require(result, "meta");
        List<Address> keys = new ArrayList<>();
        List<int[]> programAndAccounts = new ArrayList<>();
        List<byte[]> datas = new ArrayList<>();
        TxSignature signature;
        if (tx.isArray()) {
            String encoding = tx.path(1).asText();
            if (!"base64".equals(encoding)) {
                throw new DecodingException("transaction encoding '" + encoding + "' is not supported; fetch it with"
                        + " encoding json or base64");
            }
            Transaction decoded;
            try {
                decoded = Transaction.decode(Base64.getDecoder().decode(tx.path(0).asText()));
            } catch (IllegalArgumentException e) {
                throw new DecodingException("the base64 transaction is not valid base64: " + e.getMessage(), e);
            }
            Message message = decoded.message();
            keys.addAll(message.staticAccountKeys());
            for (CompiledInstruction ci : message.instructions()) {
                programAndAccounts.add(concat(ci.programIdIndex(), ci.accountIndexes()));
                datas.add(ci.data());
            }
            signature = decoded.signatures().get(0);
        } else {
            JsonNode message = require(tx, "message");
            for (JsonNode k : require(message, "accountKeys")) {
                keys.add(Address.parse(k.isObject() ? k.path("pubkey").asText() : k.asText()));
            }
            for (JsonNode ix : require(message, "instructions")) {
                programAndAccounts.add(concat(ix.path("programIdIndex").asInt(), indexes(ix.path("accounts"))));
                datas.add(Base58.decode(ix.path("data").asText("")));
            }
            signature = TxSignature.parse(require(tx, "signatures").path(0).asText());
        }
        for (String group : List.of("writable", "readonly")) {
            for (JsonNode k : meta.path("loadedAddresses").path(group)) {
                keys.add(Address.parse(k.asText()));
            }
        }
        List<ConfirmedTransaction.Step> top = new ArrayList<>();
        for (int i = 0; i < programAndAccounts.size(); i++) {
            top.add(step(i, programAndAccounts.get(i), datas.get(i), keys));
        }
        List<ConfirmedTransaction.Step> inner = new ArrayList<>();
        JsonNode innerGroups = meta.get("innerInstructions");
        boolean recorded = innerGroups != null && innerGroups.isArray();
        if (recorded) {
            for (JsonNode group : innerGroups) {
                int outer = group.path("index").asInt();
                for (JsonNode ix : group.path("instructions")) {
                    inner.add(step(outer, concat(ix.path("programIdIndex").asInt(), indexes(ix.path("accounts"))),
                            Base58.decode(ix.path("data").asText("")), keys));
                }
            }
        }
        List<String> logs = new ArrayList<>();
        meta.path("logMessages").forEach(l -> logs.add(l.asText()));
        JsonNode err = meta.has("err") ? meta.get("err") : com.fasterxml.jackson.databind.node.NullNode.getInstance();
        return new ConfirmedTransaction(signature, result.path("slot").asLong(),
                result.path("blockTime").isNumber() ? result.path("blockTime").asLong() : -1, keys, top, inner, recorded,
                logs, err, meta.path("fee").asLong(), longs(meta.path("preBalances")), longs(meta.path("postBalances")),
                tokenBalances(meta.path("preTokenBalances")), tokenBalances(meta.path("postTokenBalances")));
    }

    private static ConfirmedTransaction.Step step(int outer, int[] programAndAccounts, byte[] data, List<Address> keys) {
        List<Address> accounts = new ArrayList<>();
        for (int i = 1; i < programAndAccounts.length; i++) {
            accounts.add(key(keys, programAndAccounts[i]));
        }
        return new ConfirmedTransaction.Step(outer, key(keys, programAndAccounts[0]), accounts, data);
    }

    private static Address key(List<Address> keys, int index) {
        if (index < 0 || index >= keys.size()) {
            throw new DecodingException("an instruction names account index " + index + " but the transaction has "
                    + keys.size() + " keys; for a v0 transaction pass the result with meta.loadedAddresses");
        }
        return keys.get(index);
    }

    private static List<ConfirmedTransaction.TokenBalance> tokenBalances(JsonNode list) {
        List<ConfirmedTransaction.TokenBalance> out = new ArrayList<>();
        for (JsonNode b : list) {
            out.add(new ConfirmedTransaction.TokenBalance(b.path("accountIndex").asInt(), Address.parse(b.path("mint").asText()),
                    b.hasNonNull("owner") ? Address.parse(b.path("owner").asText()) : null,
                    Long.parseUnsignedLong(b.path("uiTokenAmount").path("amount").asText("0"))));
        }
        return out;
    }

    private static List<Long> longs(JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asLong()));
        return out;
    }

    private static int[] indexes(JsonNode list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).asInt();
        }
        return out;
    }

    private static int[] concat(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static JsonNode require(JsonNode node, String member) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            throw new DecodingException("the getTransaction result has no '" + member + "'; pass the 'result' member of"
                    + " a getTransaction answer (encoding json or base64)");
        }
        return v;
    }
}
