package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.solana.error.ErrorDecoder;
import dev.asdf.burnengine.solana.error.TransactionErrors;
import dev.asdf.burnengine.solana.feesource.ConfirmedTransaction;

/**
 * Reads a step's outcome from its confirmed transaction, never from the plan (DESIGN §3): lamports spent from the
 * authority's balance delta (plus what the swept sources brought in, minus the network fee when the authority paid
 * it, minus what the sending cost such as a Jito tip), tokens burned from the drop of the mint's holdings across the transaction's token accounts, tokens bought as
 * burned plus what the authority kept, root share and dev fee from their recipients' deltas.
 */
final class OutcomeReader {
    private OutcomeReader() {}

    static StepOutcome read(ConfirmedTransaction tx, StepAccounts accounts) {
        if (tx.failed()) {
            return new StepOutcome.Failed(tx.signature(), ErrorDecoder.decode(TransactionErrors.parse(tx.err()),
                    tx.instructions().stream().map(ConfirmedTransaction.Step::program).toList(), tx.logs()).toStepError());
        }
        long authorityDelta = tx.lamportDelta(accounts.authority());
        boolean authorityPaidFee = !tx.accountKeys().isEmpty() && tx.accountKeys().get(0).equals(accounts.authority());
        long received = 0;
        for (Address source : accounts.sources()) {
            received += Math.max(0, -tx.lamportDelta(source));
        }
        long sendingCost = 0;
        for (Address cost : accounts.sendingCosts()) {
            sendingCost += Math.max(0, tx.lamportDelta(cost));
        }
        long spent = -(authorityDelta + (authorityPaidFee ? tx.fee() : 0)) + received - sendingCost;
        long toRoot = accounts.rootShare().stream().mapToLong(a -> Math.max(0, tx.lamportDelta(a))).sum();
        long devFee = accounts.devFee().stream().mapToLong(a -> Math.max(0, tx.lamportDelta(a))).sum();
        long burned = Math.max(0, -tx.mintHoldingsDelta(accounts.mint()));
        long kept = tx.postTokenBalances().stream().filter(b -> accounts.authority().equals(b.owner())
                && b.mint().equals(accounts.mint())).mapToLong(ConfirmedTransaction.TokenBalance::amount).sum()
                - tx.preTokenBalances().stream().filter(b -> accounts.authority().equals(b.owner())
                && b.mint().equals(accounts.mint())).mapToLong(ConfirmedTransaction.TokenBalance::amount).sum();
        return new StepOutcome.Confirmed(tx.signature(), tx.slot(), Lamports.of(Math.max(0, spent)),
                TokenAmount.of(Math.max(0, burned + kept)), TokenAmount.of(burned), Lamports.of(toRoot),
                Lamports.of(devFee));
    }
}
