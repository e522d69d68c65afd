package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenState;
import dev.asdf.burnengine.core.token.TokenStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds planner inputs in the words of a test: tokens with pending fees, funds on chain, limits. */
final class Scenario {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final Map<Address, TokenState> tokens = new LinkedHashMap<>();
    private final Map<Address, Long> pending = new HashMap<>();
    private final Map<Address, String> deadLettered = new HashMap<>();
    private long unattributed;
    private long feeFunds;
    private long treasury;
    private SplitConfig split;
    private int maxSecondaries = 4;
    private long spendCap = Long.MAX_VALUE;
    private Instant lastCollectAt = Instant.EPOCH;
    private Instant now = NOW;

    private Scenario(SplitConfig split) {
        this.split = split;
    }

    /** The deployed ASDF program's minimums (0.1 SOL per secondary). */
    static Scenario onAsdfProgram() {
        return new Scenario(SplitConfig.asdfProgramDefaults());
    }

    /** A secondary minimum as the seed's off-chain code used (5,690,000 lamports), for porting its cases. */
    static Scenario withSecondaryMinimum(long minimum) {
        return new Scenario(new SplitConfig(5520, 100, Lamports.of(minimum), Lamports.of(150_000), Duration.ofSeconds(60)));
    }

    Scenario token(Token token, long pendingLamports) {
        tokens.put(token.mint(), TokenState.active(token));
        pending.put(token.mint(), pendingLamports);
        return this;
    }

    Scenario paused(Token token) {
        tokens.put(token.mint(), tokens.get(token.mint()).withStatus(TokenStatus.PAUSED, "operator"));
        return this;
    }

    Scenario lastRan(Token token, Instant when) {
        tokens.put(token.mint(), tokens.get(token.mint()).withLastRunAt(when));
        return this;
    }

    Scenario deadLettered(Token token, String reason) {
        deadLettered.put(token.mint(), reason);
        return this;
    }

    Scenario funds(long lamports) {
        this.feeFunds = lamports;
        return this;
    }

    Scenario treasury(long lamports) {
        this.treasury = lamports;
        return this;
    }

    Scenario unattributed(long lamports) {
        this.unattributed = lamports;
        return this;
    }

    Scenario maxSecondaries(int n) {
        this.maxSecondaries = n;
        return this;
    }

    Scenario spendCap(long lamports) {
        this.spendCap = lamports;
        return this;
    }

    Scenario lastCollectAt(Instant at) {
        this.lastCollectAt = at;
        return this;
    }

    /** Funds equal to everything the ledger claims: a reconciled ledger. */
    Scenario fundsMatchingLedger() {
        this.feeFunds = pending.values().stream().mapToLong(Long::longValue).sum() + unattributed;
        return this;
    }

    CycleSnapshot snapshot() {
        ChainSnapshot chain = new ChainSnapshot(100, new ChainBalances(Lamports.of(feeFunds), Lamports.ZERO, Lamports.ZERO,
                Lamports.of(treasury)), split, lastCollectAt, Map.of(), Lamports.of(Lamports.PER_SOL));
        return new CycleSnapshot(CycleId.at(now, 1), now, new ArrayList<>(tokens.values()), pending, unattributed, chain,
                deadLettered, new PlannerLimits(maxSecondaries, Lamports.of(spendCap)));
    }

    CyclePlan plan() {
        return new CyclePlanner().plan(snapshot());
    }

    static TokenDecision decisionFor(CyclePlan plan, Token token) {
        return plan.decisions().stream().filter(d -> d.mint().equals(token.mint())).findFirst()
                .orElseThrow(() -> new AssertionError("no decision for " + token.label()));
    }

    static List<Address> secondariesRunning(CyclePlan plan) {
        return plan.steps().stream().filter(s -> s instanceof CycleStep.SecondaryBuyback).map(s -> s.token().mint()).toList();
    }
}
