package dev.asdf.burnengine.solana.feesource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A landed transaction as the fee source and the executor read it, whatever encoding the node used: every account
 * key (lookup-table keys appended), the instructions, the inner instructions flattened in execution order, the logs,
 * the error and the balances before and after.
 *
 * @param blockTime seconds since the epoch, or -1 when unknown
 * @param err the transaction error as JSON, or JSON null when it succeeded
 * @param innerInstructionsRecorded false when the node gave no inner instructions (older nodes, some providers):
 *     events are then read from {@code Program data:} logs
 */
public record ConfirmedTransaction(TxSignature signature, long slot, long blockTime, List<Address> accountKeys,
        List<Step> instructions, List<Step> innerInstructions, boolean innerInstructionsRecorded, List<String> logs,
        JsonNode err, long fee, List<Long> preBalances, List<Long> postBalances, List<TokenBalance> preTokenBalances,
        List<TokenBalance> postTokenBalances) {

    public ConfirmedTransaction {
        Objects.requireNonNull(signature, "signature");
        accountKeys = List.copyOf(accountKeys);
        instructions = List.copyOf(instructions);
        innerInstructions = List.copyOf(innerInstructions);
        logs = List.copyOf(logs);
        Objects.requireNonNull(err, "err");
        preBalances = List.copyOf(preBalances);
        postBalances = List.copyOf(postBalances);
        preTokenBalances = List.copyOf(preTokenBalances);
        postTokenBalances = List.copyOf(postTokenBalances);
    }

    /**
     * One instruction, top-level or inner.
     *
     * @param outerIndex the top-level instruction it belongs to (itself for a top-level one)
     */
    public record Step(int outerIndex, Address program, List<Address> accounts, byte[] data) {
        public Step {
            Objects.requireNonNull(program, "program");
            accounts = List.copyOf(accounts);
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /** A token account's balance as the node reports it around the transaction ({@code amount} in base units). */
    public record TokenBalance(int accountIndex, Address mint, Address owner, long amount) {
        public TokenBalance {
            Objects.requireNonNull(mint, "mint");
        }
    }

    public boolean failed() {
        return !err.isNull() && !err.isMissingNode();
    }

    public int indexOf(Address account) {
        return accountKeys.indexOf(account);
    }

    /** The lamport change of an account in this transaction (0 when it is not part of it). */
    public long lamportDelta(Address account) {
        int i = indexOf(account);
        if (i < 0 || i >= preBalances.size() || i >= postBalances.size()) {
            return 0;
        }
        return postBalances.get(i) - preBalances.get(i);
    }

    /** The token-balance change of a token account (0 when it is not part of it or holds no balance). */
    public long tokenDelta(Address tokenAccount) {
        int i = indexOf(tokenAccount);
        return amountAt(postTokenBalances, i).orElse(0L) - amountAt(preTokenBalances, i).orElse(0L);
    }

    /** The change of the total held by every token account of {@code mint} in this transaction. */
    public long mintHoldingsDelta(Address mint) {
        long pre = preTokenBalances.stream().filter(b -> b.mint().equals(mint)).mapToLong(TokenBalance::amount).sum();
        long post = postTokenBalances.stream().filter(b -> b.mint().equals(mint)).mapToLong(TokenBalance::amount).sum();
        return post - pre;
    }

    private static Optional<Long> amountAt(List<TokenBalance> balances, int index) {
        return balances.stream().filter(b -> b.accountIndex() == index).map(TokenBalance::amount).findFirst();
    }
}
