package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.ChainBalances;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.ecosystem.Ecosystem;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeeEventId;
import dev.asdf.burnengine.core.fee.FeePage;
import dev.asdf.burnengine.core.fee.FeeRejection;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.port.TokenDirectory;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny simulated chain for core tests: one creator, shared vaults, an authority, a root treasury, trades that pay
 * creator fees, and an executor whose steps move real (simulated) lamports. It refuses to execute a step whose
 * intent is not durable in the journal it watches, and a step that would spend more than the authority holds, so
 * tests catch a broken protocol or an over-spending plan.
 */
public final class FakeChain implements FeeSource, ChainState, CycleExecutor, TokenDirectory {

    /** What the next step of a token does. */
    public enum Behaviour {
        CONFIRM, FAIL_TRANSIENT, FAIL_PERMANENT, FAIL_DRIFT, FAIL_NOT_READY, REFUSE, EXPIRE,
        /** Lands and confirms, then the submit call throws (the process "loses" the answer). */
        LAND_THEN_THROW,
        /** The submit call throws and the transaction never lands. */
        THROW_BEFORE_LANDING
    }

    public static final long TOKENS_PER_LAMPORT = 1000;

    private final Clock clock;
    private final Address creator = TestData.address(999_999);
    private final List<Token> tokens = new ArrayList<>();
    private final List<Token> undisclosed = new ArrayList<>();
    private SplitConfig split = new SplitConfig(5520, 100, Lamports.of(100_000_000), Lamports.of(150_000), Duration.ZERO);
    private long curveVault;
    private long ammVault;
    private long authority;
    private long treasury;
    private long devWallet;
    private long feePayer = Lamports.PER_SOL;
    private long slot = 1_000;
    private Instant lastCollectAt = Instant.EPOCH;
    private final List<Object> feed = new ArrayList<>();
    private final List<FeeRejection> rejections = new ArrayList<>();
    private long nextSignature = 1;
    private final Map<TxSignature, CycleStep> prepared = new HashMap<>();
    private final Map<TxSignature, StepOutcome> landed = new LinkedHashMap<>();
    private final Map<Address, Deque<Behaviour>> scripted = new HashMap<>();
    private final Map<Address, Long> burned = new HashMap<>();
    private final Map<TxSignature, Integer> sends = new HashMap<>();
    private InMemoryJournal watchedJournal;
    private boolean unreachable;

    public FakeChain(Clock clock) {
        this.clock = clock;
    }

    // ---- world building ----

    public synchronized FakeChain withToken(Token token) {
        tokens.add(token);
        return this;
    }

    /** A token that exists on chain but that {@link #discover()} does not list (found only via {@link #describe}). */
    public synchronized FakeChain withUndisclosedToken(Token token) {
        undisclosed.add(token);
        return this;
    }

    public synchronized FakeChain withSplit(SplitConfig newSplit) {
        this.split = newSplit;
        return this;
    }

    /** Makes {@link #submit} fail the test if the step's INTENT is not durable in this journal. */
    public synchronized FakeChain watching(InMemoryJournal journal) {
        this.watchedJournal = journal;
        return this;
    }

    public synchronized void setUnreachable(boolean value) {
        this.unreachable = value;
    }

    public synchronized void setFeePayer(long lamports) {
        this.feePayer = lamports;
    }

    public synchronized void setLastCollectAt(Instant at) {
        this.lastCollectAt = at;
    }

    /** A trade of {@code token} paying {@code fee} lamports to the creator vault, in its own transaction. */
    public synchronized FeeEvent trade(Token token, long fee) {
        slot++;
        FeeEvent event = new FeeEvent(new FeeEventId(TestData.signature(nextSignature++), 0), token.mint(),
                Lamports.of(fee), token.market() == Market.AMM ? FeeVault.AMM : FeeVault.BONDING_CURVE, slot, clock.instant());
        deposit(event.vault(), fee);
        feed.add(event);
        return event;
    }

    /** One transaction trading two tokens: two events, each with its own fee. */
    public synchronized List<FeeEvent> tradeBoth(Token a, long feeA, Token b, long feeB) {
        slot++;
        TxSignature sig = TestData.signature(nextSignature++);
        FeeEvent ea = new FeeEvent(new FeeEventId(sig, 0), a.mint(), Lamports.of(feeA), FeeVault.BONDING_CURVE, slot, clock.instant());
        FeeEvent eb = new FeeEvent(new FeeEventId(sig, 1), b.mint(), Lamports.of(feeB), FeeVault.BONDING_CURVE, slot, clock.instant());
        curveVault += feeA + feeB;
        feed.add(ea);
        feed.add(eb);
        return List.of(ea, eb);
    }

    /** Lamports sent to the vault without a trade. */
    public synchronized UnattributedDeposit donate(long lamports) {
        slot++;
        UnattributedDeposit d = new UnattributedDeposit(new FeeEventId(TestData.signature(nextSignature++), 0),
                Lamports.of(lamports), FeeVault.BONDING_CURVE, slot, clock.instant(), "no trade event");
        curveVault += lamports;
        feed.add(d);
        return d;
    }

    /** An event the source decodes but refuses (fee above the vault delta). */
    public synchronized void rejectOne(String reason) {
        slot++;
        rejections.add(new FeeRejection(new FeeEventId(TestData.signature(nextSignature++), 0), reason));
    }

    /** Lamports taken out of the vault by someone else (an external withdrawal). */
    public synchronized void withdrawFromVault(long lamports) {
        curveVault -= lamports;
    }

    /** The next steps of {@code token} behave like this, in order; afterwards steps confirm. */
    public synchronized FakeChain script(Token token, Behaviour... behaviours) {
        scripted.computeIfAbsent(token.mint(), m -> new ArrayDeque<>()).addAll(List.of(behaviours));
        return this;
    }

    // ---- observations ----

    public synchronized long curveVault() {
        return curveVault;
    }

    public synchronized long authority() {
        return authority;
    }

    public synchronized long treasury() {
        return treasury;
    }

    public synchronized long devWallet() {
        return devWallet;
    }

    public synchronized long burned(Address mint) {
        return burned.getOrDefault(mint, 0L);
    }

    /** Every transaction that landed, in order. */
    public synchronized Map<TxSignature, StepOutcome> landed() {
        return new LinkedHashMap<>(landed);
    }

    public synchronized int sendsOf(TxSignature signature) {
        return sends.getOrDefault(signature, 0);
    }

    public synchronized long totalFeesPaid() {
        long sum = 0;
        for (Object o : feed) {
            sum += o instanceof FeeEvent e ? e.amount().value() : ((UnattributedDeposit) o).amount().value();
        }
        return sum;
    }

    // ---- FeeSource ----

    @Override
    public synchronized FeePage fetch(FeeCursor cursor, int maxTransactions) {
        if (unreachable) {
            throw new ChainUnavailableException("fake chain unreachable");
        }
        int from = cursor.position().isEmpty() ? 0 : Integer.parseInt(cursor.position());
        int to = Math.min(feed.size(), from + maxTransactions);
        List<FeeEvent> events = new ArrayList<>();
        List<UnattributedDeposit> deposits = new ArrayList<>();
        long lastSlot = cursor.settledSlot();
        for (Object o : feed.subList(from, to)) {
            if (o instanceof FeeEvent e) {
                events.add(e);
                lastSlot = e.slot();
            } else {
                UnattributedDeposit d = (UnattributedDeposit) o;
                deposits.add(d);
                lastSlot = d.slot();
            }
        }
        boolean caughtUp = to == feed.size();
        List<FeeRejection> rejected = caughtUp ? List.copyOf(rejections) : List.of();
        if (caughtUp) {
            rejections.clear();
        }
        FeeCursor next = new FeeCursor(Integer.toString(to), lastSlot, caughtUp ? slot : lastSlot);
        return new FeePage(events, deposits, rejected, next, caughtUp);
    }

    // ---- ChainState ----

    @Override
    public synchronized ChainSnapshot read(List<Token> known) {
        if (unreachable) {
            throw new ChainUnavailableException("fake chain unreachable");
        }
        Map<Address, Market> markets = new HashMap<>();
        tokens.forEach(t -> markets.put(t.mint(), t.market()));
        undisclosed.forEach(t -> markets.put(t.mint(), t.market()));
        return new ChainSnapshot(slot, new ChainBalances(Lamports.of(curveVault), Lamports.of(ammVault),
                Lamports.of(authority), Lamports.of(treasury)), split, lastCollectAt, markets, Lamports.of(feePayer));
    }

    // ---- TokenDirectory ----

    @Override
    public synchronized Ecosystem discover() {
        if (unreachable) {
            throw new ChainUnavailableException("fake chain unreachable");
        }
        return new Ecosystem(creator, tokens, split);
    }

    @Override
    public synchronized Optional<Token> describe(Address mint) {
        return undisclosed.stream().filter(t -> t.mint().equals(mint)).findFirst()
                .or(() -> tokens.stream().filter(t -> t.mint().equals(mint)).findFirst());
    }

    // ---- CycleExecutor ----

    @Override
    public synchronized Preparation prepare(CycleStep step) {
        Behaviour next = peek(step);
        if (next == Behaviour.REFUSE) {
            take(step);
            return new Preparation.Refused(new StepError("fake:simulation", "simulation failed", RetryClass.TRANSIENT));
        }
        TxSignature sig = TestData.signature(1_000_000_000L + nextSignature++);
        prepared.put(sig, step);
        byte[] wire = ("tx:" + step.id()).getBytes(StandardCharsets.UTF_8);
        return new Preparation.Ready(new PreparedTransaction(sig, wire, slot + 150));
    }

    @Override
    public synchronized StepOutcome submit(PreparedTransaction tx) {
        CycleStep step = prepared.get(tx.signature());
        if (step == null) {
            throw new AssertionError("submit of a transaction the fake never prepared: " + tx.signature());
        }
        requireDurableIntent(tx);
        sends.merge(tx.signature(), 1, Integer::sum);
        Behaviour behaviour = take(step);
        switch (behaviour) {
            case EXPIRE:
                return new StepOutcome.Expired(tx.signature());
            case THROW_BEFORE_LANDING:
                throw new IllegalStateException("connection reset while sending " + tx.signature());
            case FAIL_TRANSIENT:
                return fail(tx, "fake:slippage", RetryClass.TRANSIENT);
            case FAIL_PERMANENT:
                return fail(tx, "fake:account-missing", RetryClass.PERMANENT);
            case FAIL_DRIFT:
                return fail(tx, "pump:6099:Unknown", RetryClass.PROTOCOL_DRIFT);
            case FAIL_NOT_READY:
                return fail(tx, "asdf:6003:CycleTooSoon", RetryClass.NOT_READY);
            default:
                StepOutcome outcome = land(step, tx);
                if (behaviour == Behaviour.LAND_THEN_THROW) {
                    throw new IllegalStateException("timeout waiting for confirmation of " + tx.signature());
                }
                return outcome;
        }
    }

    @Override
    public synchronized StepOutcome resolve(CycleStep step, PreparedTransaction tx) {
        if (unreachable) {
            throw new ChainUnavailableException("fake chain unreachable");
        }
        StepOutcome outcome = landed.get(tx.signature());
        return outcome != null ? outcome : new StepOutcome.Expired(tx.signature());
    }

    private StepOutcome land(CycleStep step, PreparedTransaction tx) {
        Instant now = clock.instant();
        if (step.collects()) {
            if (now.isBefore(lastCollectAt.plus(split.minCycleInterval()))) {
                return fail(tx, "asdf:6003:CycleTooSoon", RetryClass.NOT_READY);
            }
            authority += curveVault + ammVault;
            curveVault = 0;
            ammVault = 0;
            if (step instanceof CycleStep.RootBuyback) {
                authority += treasury;
                treasury = 0;
            }
            lastCollectAt = now;
        }
        long spent = step.allocation().value();
        if (spent > authority) {
            return fail(tx, "fake:insufficient-funds: step " + step.id() + " needs " + spent + ", authority holds "
                    + authority, RetryClass.PERMANENT);
        }
        authority -= spent;
        long tokensOut;
        Lamports toRoot = Lamports.ZERO;
        Lamports devFee = Lamports.ZERO;
        if (step instanceof CycleStep.SecondaryBuyback s) {
            toRoot = s.split().toRoot();
            devFee = s.split().devFee();
            treasury += toRoot.value();
            devWallet += devFee.value();
            tokensOut = s.split().buyBudget().value() * TOKENS_PER_LAMPORT;
        } else {
            tokensOut = spent * TOKENS_PER_LAMPORT;
        }
        burned.merge(step.token().mint(), tokensOut, Long::sum);
        slot++;
        StepOutcome outcome = new StepOutcome.Confirmed(tx.signature(), slot, Lamports.of(spent),
                TokenAmount.of(tokensOut), TokenAmount.of(tokensOut), toRoot, devFee);
        landed.put(tx.signature(), outcome);
        return outcome;
    }

    private StepOutcome fail(PreparedTransaction tx, String code, RetryClass retryClass) {
        slot++;
        StepOutcome outcome = new StepOutcome.Failed(tx.signature(), new StepError(code, "fake failure " + code, retryClass));
        landed.put(tx.signature(), outcome);
        return outcome;
    }

    private void requireDurableIntent(PreparedTransaction tx) {
        if (watchedJournal == null) {
            return;
        }
        List<JournalEntry.Journaled> entries = watchedJournal.entries();
        for (JournalEntry.Journaled j : entries) {
            if (j.entry() instanceof JournalEntry.StepIntent intent && intent.transaction().signature().equals(tx.signature())) {
                if (!watchedJournal.isDurable(j.seq())) {
                    throw new AssertionError("transaction " + tx.signature() + " sent before its INTENT was durable");
                }
                return;
            }
        }
        throw new AssertionError("transaction " + tx.signature() + " sent without an INTENT in the journal");
    }

    private Behaviour peek(CycleStep step) {
        Deque<Behaviour> q = scripted.get(step.token().mint());
        return q == null || q.isEmpty() ? Behaviour.CONFIRM : q.peekFirst();
    }

    private Behaviour take(CycleStep step) {
        Deque<Behaviour> q = scripted.get(step.token().mint());
        return q == null || q.isEmpty() ? Behaviour.CONFIRM : q.pollFirst();
    }

    private void deposit(FeeVault vault, long fee) {
        if (vault == FeeVault.AMM) {
            ammVault += fee;
        } else {
            curveVault += fee;
        }
    }
}
