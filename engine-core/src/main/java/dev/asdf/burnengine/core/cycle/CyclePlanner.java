package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenState;
import dev.asdf.burnengine.core.token.TokenStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link CycleSnapshot} into a {@link CyclePlan}. Pure: integer math only, no I/O, no clock.
 *
 * <p>Rules (DESIGN.md §3): the root runs first, because its collection also sweeps the root treasury; it is funded by
 * the treasury, its own pending fees and the unattributed account. Secondaries follow, longest-waiting first, each
 * with exactly its own pending fees and the program's split, up to the configured number per cycle. Nothing is ever
 * planned beyond what the chain holds for pending fees, nor beyond the per-cycle spend cap. A token below the program's
 * minimum is deferred and keeps its pending fees; no token is ever credited with another token's share.
 */
public final class CyclePlanner {

    public CyclePlan plan(CycleSnapshot snapshot) {
        Planning p = new Planning(snapshot);
        p.run();
        return p.toPlan();
    }

    private static final class Planning {
        private final CycleSnapshot s;
        private final SplitConfig split;
        private final List<CycleStep> steps = new ArrayList<>();
        private final List<TokenDecision> decisions = new ArrayList<>();
        private final Duration intervalWait;
        private long feeFundsLeft;
        private long spendLeft;

        Planning(CycleSnapshot s) {
            this.s = s;
            this.split = s.chain().split();
            this.feeFundsLeft = s.chain().balances().feeFunds().value();
            this.spendLeft = s.limits().maxSpendPerCycle().value();
            Instant next = s.chain().lastCollectAt().plus(split.minCycleInterval());
            this.intervalWait = s.now().isBefore(next) ? Duration.between(s.now(), next) : Duration.ZERO;
        }

        void run() {
            Optional<TokenState> root = s.tokens().stream().filter(t -> t.token().isRoot()).findFirst();
            root.ifPresent(this::planRoot);
            List<TokenState> secondaries = s.tokens().stream()
                    .filter(t -> !t.token().isRoot())
                    .sorted(servingOrder())
                    .toList();
            int planned = 0;
            for (TokenState t : secondaries) {
                if (planSecondary(t, root.isPresent(), planned)) {
                    planned++;
                }
            }
        }

        /** Longest-waiting first (never-run tokens before all), then larger pending, then mint order. */
        private Comparator<TokenState> servingOrder() {
            return Comparator.comparing(TokenState::lastRunAt)
                    .thenComparing(Comparator.comparingLong((TokenState t) -> s.pendingOf(t.token().mint())).reversed())
                    .thenComparing(t -> t.token().mint());
        }

        private void planRoot(TokenState root) {
            Token token = root.token();
            long pending = s.pendingOf(token.mint());
            long unattributed = s.unattributedPending();
            long treasury = s.chain().balances().rootTreasury().value();
            long wanted = Math.addExact(Math.addExact(treasury, pending), unattributed);
            Lamports pendingL = Lamports.of(pending);
            if (held(root, pendingL)) {
                return;
            }
            long min = split.minRootAllocation().value();
            if (wanted < min) {
                decide(token, Verdict.DEFERRED, pendingL, Lamports.ZERO, wanted == 0
                        ? "no pending fees, treasury or unattributed lamports for the root"
                        : "root has " + wanted + " lamports (treasury " + treasury + " + pending " + pending
                                + " + unattributed " + unattributed + "), below the program's minimum of " + min);
                return;
            }
            if (waitsForInterval(token, pendingL)) {
                return;
            }
            long fromTreasury = Math.min(treasury, spendLeft);
            long fromPending = Math.min(pending, Math.min(feeFundsLeft, spendLeft - fromTreasury));
            long fromUnattributed = Math.min(unattributed,
                    Math.min(feeFundsLeft - fromPending, spendLeft - fromTreasury - fromPending));
            long allocation = fromTreasury + fromPending + fromUnattributed;
            if (allocation < min) {
                decide(token, Verdict.WAITS, pendingL, Lamports.ZERO, "only " + allocation + " of the root's " + wanted
                        + " lamports can be spent this cycle (fee funds on chain " + feeFundsLeft + ", spend cap left "
                        + spendLeft + "), below the program's minimum of " + min);
                return;
            }
            feeFundsLeft -= fromPending + fromUnattributed;
            spendLeft -= allocation;
            steps.add(new CycleStep.RootBuyback(nextStepId(), token, steps.isEmpty(), Lamports.of(fromTreasury),
                    Lamports.of(fromPending), Lamports.of(fromUnattributed)));
            decide(token, Verdict.RUNS, pendingL, Lamports.of(allocation), allocation < wanted
                    ? "runs with " + allocation + " of " + wanted + " lamports; the rest waits for the next cycle"
                    : "runs with " + allocation + " lamports (treasury " + fromTreasury + ", pending " + fromPending
                            + ", unattributed " + fromUnattributed + ")");
        }

        private boolean planSecondary(TokenState state, boolean rootKnown, int alreadyPlanned) {
            Token token = state.token();
            long pending = s.pendingOf(token.mint());
            Lamports pendingL = Lamports.of(pending);
            if (held(state, pendingL)) {
                return false;
            }
            long min = split.minSecondaryAllocation().value();
            if (pending < min) {
                decide(token, Verdict.DEFERRED, pendingL, Lamports.ZERO, pending == 0
                        ? "no pending fees"
                        : "pending " + pending + " lamports, below the program's minimum of " + min
                                + " for a secondary; kept for a later cycle");
                return false;
            }
            if (!rootKnown) {
                decide(token, Verdict.WAITS, pendingL, Lamports.ZERO, "no root token is set, so the secondary's root"
                        + " share has nowhere to go; set the ecosystem's root token (ASDF: set_root_token)");
                return false;
            }
            if (waitsForInterval(token, pendingL)) {
                return false;
            }
            if (alreadyPlanned >= s.limits().maxSecondariesPerCycle()) {
                decide(token, Verdict.WAITS, pendingL, Lamports.ZERO, "cycle limit of "
                        + s.limits().maxSecondariesPerCycle() + " secondaries reached; waits for the next cycle");
                return false;
            }
            long allocation = Math.min(pending, Math.min(feeFundsLeft, spendLeft));
            if (allocation < min) {
                decide(token, Verdict.WAITS, pendingL, Lamports.ZERO, "only " + allocation
                        + " lamports can be spent this cycle (fee funds on chain " + feeFundsLeft + ", spend cap left "
                        + spendLeft + "), below the program's minimum of " + min);
                return false;
            }
            feeFundsLeft -= allocation;
            spendLeft -= allocation;
            SecondarySplit parts = SecondarySplit.of(Lamports.of(allocation), split);
            steps.add(new CycleStep.SecondaryBuyback(nextStepId(), token, steps.isEmpty(), parts));
            decide(token, Verdict.RUNS, pendingL, parts.allocation(), "runs with " + allocation + " lamports: "
                    + parts.toRoot().value() + " to the root treasury, " + parts.devFee().value() + " dev fee, "
                    + parts.buyBudget().value() + " to buy back and burn"
                    + (allocation < pending ? "; " + (pending - allocation) + " waits for the next cycle" : ""));
            return true;
        }

        private boolean held(TokenState state, Lamports pending) {
            Token token = state.token();
            if (state.status() == TokenStatus.PAUSED) {
                decide(token, Verdict.PAUSED, pending, Lamports.ZERO,
                        state.statusReason().isBlank() ? "paused" : "paused: " + state.statusReason());
                return true;
            }
            String blocked = s.blockedByDeadLetter().get(token.mint());
            if (blocked != null) {
                decide(token, Verdict.DEAD_LETTERED, pending, Lamports.ZERO, blocked);
                return true;
            }
            return false;
        }

        private boolean waitsForInterval(Token token, Lamports pending) {
            if (intervalWait.isZero()) {
                return false;
            }
            decide(token, Verdict.WAITS, pending, Lamports.ZERO, "the program allows one fee collection every "
                    + split.minCycleInterval().toSeconds() + " s; the next is possible in "
                    + Math.max(1, (intervalWait.toMillis() + 999) / 1000) + " s");
            return true;
        }

        private StepId nextStepId() {
            return new StepId(s.cycleId(), steps.size());
        }

        private void decide(Token token, Verdict verdict, Lamports pending, Lamports allocation, String reason) {
            decisions.add(new TokenDecision(token.mint(), token.label(), verdict, pending, allocation, reason));
        }

        CyclePlan toPlan() {
            Lamports feeFunds = s.chain().balances().feeFunds();
            return new CyclePlan(s.cycleId(), s.now(), steps, decisions, feeFunds, summary(feeFunds));
        }

        private String summary(Lamports feeFunds) {
            if (steps.isEmpty()) {
                return "nothing to do: " + emptyReason();
            }
            long secondaries = steps.stream().filter(st -> st instanceof CycleStep.SecondaryBuyback).count();
            boolean root = steps.get(0) instanceof CycleStep.RootBuyback;
            Lamports total = Lamports.ZERO;
            for (CycleStep st : steps) {
                total = total.plus(st.allocation());
            }
            return steps.size() + (steps.size() == 1 ? " step" : " steps") + " (" + (root ? "root" : "no root")
                    + " + " + secondaries + (secondaries == 1 ? " secondary" : " secondaries") + "), "
                    + total.toSol() + " planned of " + feeFunds.toSol() + " in pending-fee funds";
        }

        private String emptyReason() {
            if (s.tokens().isEmpty()) {
                return "no tokens are known yet";
            }
            if (!intervalWait.isZero()) {
                return "waiting for the program's collect interval (" + Math.max(1, (intervalWait.toMillis() + 999) / 1000)
                        + " s)";
            }
            boolean anyEligible = decisions.stream().anyMatch(d -> d.verdict() == Verdict.WAITS);
            return anyEligible
                    ? "eligible tokens wait (see each token's reason)"
                    : "no token has pending fees above the program's minimums";
        }
    }
}
