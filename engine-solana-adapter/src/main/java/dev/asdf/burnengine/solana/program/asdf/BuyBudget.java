package dev.asdf.burnengine.solana.program.asdf;

/**
 * The {@code allocated_lamports: Option<u64>} of {@code execute_buy} and {@code execute_buy_secondary}: an allocation
 * (the engine's normal case) or the authority's whole spendable balance.
 */
public sealed interface BuyBudget {
    static BuyBudget allocated(long lamports) {
        return new Allocated(lamports);
    }

    static BuyBudget wholeBalance() {
        return new WholeBalance();
    }

    /** @param lamports a u64 in a long's bits */
    record Allocated(long lamports) implements BuyBudget {}

    record WholeBalance() implements BuyBudget {}
}
