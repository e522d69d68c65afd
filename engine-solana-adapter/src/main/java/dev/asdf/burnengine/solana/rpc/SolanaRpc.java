package dev.asdf.burnengine.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.solana.message.Blockhash;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Solana methods the engine uses, typed, on a {@link JsonRpcClient}. Reads use the configured commitment
 * ({@code confirmed} by default). Public: the fee source, the chain state, the executor and the CLI use it.
 */
public final class SolanaRpc implements AutoCloseable {
    private static final int MAX_ACCOUNTS_PER_CALL = 100;
    private static final int MAX_STATUSES_PER_CALL = 256;
    private final JsonRpcClient client;
    private final Commitment commitment;

    public SolanaRpc(JsonRpcClient client) {
        this.client = client;
        this.commitment = client.settings().commitment();
    }

    public JsonRpcClient client() {
        return client;
    }

    public Commitment commitment() {
        return commitment;
    }

    private Map<String, Object> config() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("commitment", commitment.wire());
        return c;
    }

    public long slot() {
        return client.call("getSlot", config()).asLong();
    }

    public long blockHeight() {
        return client.call("getBlockHeight", config()).asLong();
    }

    public LatestBlockhash latestBlockhash() {
        JsonNode r = client.call("getLatestBlockhash", config());
        return new LatestBlockhash(Blockhash.parse(r.path("value").path("blockhash").asText()),
                r.path("value").path("lastValidBlockHeight").asLong(), r.path("context").path("slot").asLong());
    }

    public long balance(Address address) {
        return client.call("getBalance", address.toString(), config()).path("value").asLong();
    }

    public long minimumBalanceForRentExemption(long dataLength) {
        return client.call("getMinimumBalanceForRentExemption", dataLength).asLong();
    }

    public Optional<AccountInfo> account(Address address) {
        Map<String, Object> c = config();
        c.put("encoding", "base64");
        return accountOf(address, client.call("getAccountInfo", address.toString(), c).path("value"));
    }

    /** Several accounts in as few calls as possible (100 per call, the calls batched), in the order asked. */
    public List<Optional<AccountInfo>> accounts(List<Address> addresses) {
        List<RpcRequest> requests = new ArrayList<>();
        for (int from = 0; from < addresses.size(); from += MAX_ACCOUNTS_PER_CALL) {
            List<String> chunk = addresses.subList(from, Math.min(addresses.size(), from + MAX_ACCOUNTS_PER_CALL))
                    .stream().map(Address::toString).toList();
            Map<String, Object> c = config();
            c.put("encoding", "base64");
            requests.add(RpcRequest.of("getMultipleAccounts", chunk, c));
        }
        List<Optional<AccountInfo>> out = new ArrayList<>(addresses.size());
        int i = 0;
        for (RpcResponse response : client.batch(requests)) {
            for (JsonNode value : response.orThrow().path("value")) {
                out.add(accountOf(addresses.get(i++), value));
            }
        }
        return out;
    }

    /** Accounts owned by {@code program} whose data holds {@code bytes} at {@code offset} (and of {@code dataSize}, if > 0). */
    public List<AccountInfo> programAccounts(Address program, int offset, byte[] bytes, int dataSize) {
        Map<String, Object> c = config();
        c.put("encoding", "base64");
        List<Object> filters = new ArrayList<>();
        filters.add(Map.of("memcmp", Map.of("offset", offset, "bytes", Base64.getEncoder().encodeToString(bytes),
                "encoding", "base64")));
        if (dataSize > 0) {
            filters.add(Map.of("dataSize", dataSize));
        }
        c.put("filters", filters);
        List<AccountInfo> out = new ArrayList<>();
        for (JsonNode item : client.call("getProgramAccounts", program.toString(), c)) {
            accountOf(Address.parse(item.path("pubkey").asText()), item.path("account")).ifPresent(out::add);
        }
        return out;
    }

    /**
     * One page of an address's signatures, newest first.
     *
     * @param before start below this signature (exclusive), or null for the newest
     * @param until stop at this signature (exclusive), or null for the oldest the node keeps
     */
    public List<SignatureInfo> signaturesForAddress(Address address, TxSignature before, TxSignature until, int limit) {
        Map<String, Object> c = config();
        c.put("limit", limit);
        if (before != null) {
            c.put("before", before.toString());
        }
        if (until != null) {
            c.put("until", until.toString());
        }
        List<SignatureInfo> out = new ArrayList<>();
        for (JsonNode item : client.call("getSignaturesForAddress", address.toString(), c)) {
            JsonNode err = item.get("err");
            out.add(new SignatureInfo(TxSignature.parse(item.path("signature").asText()), item.path("slot").asLong(),
                    err != null && !err.isNull(), item.path("blockTime").isNumber() ? item.path("blockTime").asLong() : -1));
        }
        return out;
    }

    /**
     * Confirmed transactions as {@code getTransaction} returns them (JSON encoding), batched; empty where the node
     * does not have one (yet).
     */
    public List<Optional<JsonNode>> transactions(List<TxSignature> signatures) {
        List<RpcRequest> requests = new ArrayList<>();
        for (TxSignature s : signatures) {
            Map<String, Object> c = config();
            c.put("encoding", "json");
            c.put("maxSupportedTransactionVersion", 0);
            if (commitment == Commitment.PROCESSED) {
                c.put("commitment", Commitment.CONFIRMED.wire());
            }
            requests.add(RpcRequest.of("getTransaction", s.toString(), c));
        }
        List<Optional<JsonNode>> out = new ArrayList<>();
        for (RpcResponse r : client.batch(requests)) {
            JsonNode value = r.orThrow();
            out.add(value == null || value.isNull() ? Optional.empty() : Optional.of(value));
        }
        return out;
    }

    public Optional<JsonNode> transaction(TxSignature signature) {
        return transactions(List.of(signature)).get(0);
    }

    /** Statuses in the order asked; empty where the node knows nothing of the signature. */
    public List<Optional<SignatureStatus>> signatureStatuses(List<TxSignature> signatures, boolean searchHistory) {
        List<RpcRequest> requests = new ArrayList<>();
        for (int from = 0; from < signatures.size(); from += MAX_STATUSES_PER_CALL) {
            List<String> chunk = signatures.subList(from, Math.min(signatures.size(), from + MAX_STATUSES_PER_CALL))
                    .stream().map(TxSignature::toString).toList();
            requests.add(RpcRequest.of("getSignatureStatuses", chunk, Map.of("searchTransactionHistory", searchHistory)));
        }
        List<Optional<SignatureStatus>> out = new ArrayList<>();
        int i = 0;
        for (RpcResponse r : client.batch(requests)) {
            for (JsonNode v : r.orThrow().path("value")) {
                TxSignature s = signatures.get(i++);
                out.add(v.isNull() ? Optional.empty() : Optional.of(new SignatureStatus(s, v.path("slot").asLong(),
                        v.has("err") ? v.get("err") : JsonRpcClient.JSON.nullNode(),
                        v.path("confirmationStatus").asText(null))));
            }
        }
        return out;
    }

    /** Sends signed bytes as they are: no preflight (the executor simulated already) and no node-side retries. */
    public TxSignature sendRaw(byte[] wire) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("encoding", "base64");
        c.put("skipPreflight", true);
        c.put("maxRetries", 0);
        c.put("preflightCommitment", commitment.wire());
        return TxSignature.parse(client.call("sendTransaction", Base64.getEncoder().encodeToString(wire), c).asText());
    }

    /** Simulates signed bytes without checking signatures, against the current state. */
    public Simulation simulate(byte[] wire) {
        Map<String, Object> c = config();
        c.put("encoding", "base64");
        c.put("sigVerify", false);
        c.put("replaceRecentBlockhash", false);
        JsonNode v = client.call("simulateTransaction", Base64.getEncoder().encodeToString(wire), c).path("value");
        List<String> logs = new ArrayList<>();
        v.path("logs").forEach(l -> logs.add(l.asText()));
        return new Simulation(v.has("err") ? v.get("err") : JsonRpcClient.JSON.nullNode(), logs,
                v.path("unitsConsumed").asLong());
    }

    /** Per recent slot, the lowest priority fee (micro-lamports per CU) paid by transactions writing these accounts. */
    public List<Long> recentPrioritizationFees(List<Address> writable) {
        List<String> keys = writable.stream().limit(128).map(Address::toString).toList();
        List<Long> out = new ArrayList<>();
        for (JsonNode item : client.call("getRecentPrioritizationFees", keys)) {
            out.add(item.path("prioritizationFee").asLong());
        }
        return out;
    }

    private static Optional<AccountInfo> accountOf(Address address, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        byte[] data = Base64.getDecoder().decode(value.path("data").path(0).asText(""));
        return Optional.of(new AccountInfo(address, value.path("lamports").asLong(),
                Address.parse(value.path("owner").asText()), data, value.path("executable").asBoolean()));
    }

    @Override
    public void close() {
        client.close();
    }
}
