package dev.asdf.burnengine.solana.sandbox;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.ChainBalances;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeeEventId;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.solana.program.pumpfees.Fees;
import dev.asdf.burnengine.solana.quote.BondingCurveQuote;
import dev.asdf.burnengine.solana.quote.PumpSwapQuote;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated chain's state and rules: one creator (the ASDF {@code dat_authority}) whose tokens trade on pump.fun
 * bonding curves with the official quote math, pay creator fees into the shared vaults, migrate to a pool when their
 * curve completes; and cycle steps with the ASDF program's effects (onchain-spec §6.1): one collection per interval,
 * the 55.2 / 44.8 split, the dev fee, the 2,100,000-lamport ATA reserve, a buy capped at 1 % of the curve's virtual
 * SOL, and a burn that lowers the supply.
 */
final class SimulatedChain {
    static final Fees CURVE_FEES = new Fees(0, 95, 30);
    static final Fees POOL_FEES = new Fees(20, 5, 5);
    /** What the authority always keeps: its rent-exempt minimum plus the program's safety buffer. */
    static final long AUTHORITY_RESERVE = 940_880;
    static final long ATA_RENT_RESERVE = 2_100_000;
    static final long ROOT_BUY_OVERHEAD = 50_000;
    static final long MINIMUM_BUY = 100_000;
    static final long TRANSACTION_FEE = 5_000;
    static final int FEE_SPLIT_BPS = 5520;
    static final int DEV_FEE_BPS = 100;

    private final SandboxSettings settings;
    private final Clock clock;
    private Instant savedAt = Instant.EPOCH;
    private final List<SimToken> tokens;
    private final Map<Address, SimToken> byMint = new HashMap<>();
    private final TradeGenerator trades;
    private final ArrayDeque<Object> feed = new ArrayDeque<>();
    private long feedBase;
    private final Map<TxSignature, StepOutcome> landed = new LinkedHashMap<>();
    private long curveVault;
    private long ammVault;
    private long authority = AUTHORITY_RESERVE;
    private long treasury;
    private long devWallet;
    private long feePayer = 10 * Lamports.PER_SOL;
    private long slot = 1;
    private long blockHeight = 1;
    private long tradesDone;
    private Instant lastCollectAt = Instant.EPOCH;

    SimulatedChain(SandboxSettings settings, Clock clock, List<SimToken> tokens) {
        this.settings = settings;
        this.clock = clock;
        this.tokens = List.copyOf(tokens);
        this.tokens.forEach(t -> byMint.put(t.mint(), t));
        this.trades = new TradeGenerator(settings.seed(), tokens.size());
    }

    // ---- traders ----

    /** Plays every trade due by now ({@code elapsedSeconds × rate × speed}), at most {@code limit} at once. */
    synchronized int tradeUntil(double elapsedSeconds, int limit) {
        long due = (long) (elapsedSeconds * settings.tradesPerSecond() * settings.speed());
        int played = 0;
        while (tradesDone < due && played < limit) {
            play(trades.trade(tradesDone++));
            played++;
        }
        return played;
    }

    private void play(Trade t) {
        SimToken token = tokens.get(t.token());
        slot++;
        TxSignature signature = signature("trade", t.sequence());
        switch (t.kind()) {
            case DONATION -> {
                curveVault += t.lamports();
                feed.add(new UnattributedDeposit(new FeeEventId(signature, 0), Lamports.of(t.lamports()),
                        FeeVault.BONDING_CURVE, slot, clock.instant(), "a transfer into the creator vault without a trade event"));
            }
            case BUY -> buy(token, t.lamports(), signature, 2);
            default -> sell(token, t.sellShare(), signature);
        }
        blockHeight++;
    }

    /** Spends {@code lamports} (fees included) on {@code token}; its creator fee goes to our vault as a fee event. */
    private long buy(SimToken token, long lamports, TxSignature signature, int eventIndex) {
        if (token.onCurve()) {
            long tokensOut = BondingCurveQuote.buyExactSolIn(token.curve(), CURVE_FEES, lamports);
            long input = Math.floorDiv((lamports - 1) * 10_000L, 10_000L + CURVE_FEES.protocolFeeBps() + CURVE_FEES.creatorFeeBps());
            long creatorFee = ceilBps(input, CURVE_FEES.creatorFeeBps());
            token.virtualSol += input;
            token.realSol += input;
            token.virtualTokens -= tokensOut;
            token.realTokens -= tokensOut;
            creditCreator(token, creatorFee, FeeVault.BONDING_CURVE, signature, eventIndex);
            if (token.realTokens == 0) {
                token.migrate();
            }
            return tokensOut;
        }
        PumpSwapQuote.BuyQuoteIn quote = PumpSwapQuote.buyQuoteIn(token.pool(), token.poolTokens, token.poolSol, POOL_FEES,
                lamports, 0);
        long creatorFee = ceilBps(quote.quoteWithoutFees(), POOL_FEES.creatorFeeBps());
        token.poolSol += quote.quoteWithoutFees();
        token.poolTokens -= quote.baseOut();
        creditCreator(token, creatorFee, FeeVault.AMM, signature, eventIndex);
        return quote.baseOut();
    }

    private void sell(SimToken token, long shareMillionths, TxSignature signature) {
        if (!token.onCurve()) {
            return;
        }
        long circulating = SimToken.INITIAL_REAL_TOKENS - token.realTokens;
        long amount = Math.floorDiv(circulating * shareMillionths, 1_000_000L);
        if (amount == 0) {
            return;
        }
        long gross = Math.floorDiv(amount * token.virtualSol, token.virtualTokens + amount);
        long creatorFee = ceilBps(gross, CURVE_FEES.creatorFeeBps());
        token.virtualSol -= gross;
        token.realSol -= gross;
        token.virtualTokens += amount;
        token.realTokens += amount;
        creditCreator(token, creatorFee, FeeVault.BONDING_CURVE, signature, 2);
    }

    private void creditCreator(SimToken token, long fee, FeeVault vault, TxSignature signature, int eventIndex) {
        if (fee <= 0) {
            return;
        }
        if (vault == FeeVault.AMM) {
            ammVault += fee;
        } else {
            curveVault += fee;
        }
        feed.add(new FeeEvent(new FeeEventId(signature, eventIndex), token.mint(), Lamports.of(fee), vault, slot,
                clock.instant()));
    }

    // ---- the program's cycle steps ----

    /** Applies a confirmed step's effects and returns the outcome, or a failure the program would answer with. */
    synchronized StepOutcome execute(CycleStep step, TxSignature signature) {
        slot++;
        blockHeight++;
        feePayer -= TRANSACTION_FEE;
        SimToken token = byMint.get(step.token().mint());
        if (token == null) {
            return fail(signature, "asdf:6022:MintMismatch", "the sandbox has no token " + step.token().mint(), RetryClass.PERMANENT);
        }
        if (step.collects()) {
            Instant now = clock.instant();
            if (now.isBefore(lastCollectAt.plus(settings.minCycleInterval()))) {
                return fail(signature, "asdf:6003:CycleTooSoon", "the program allows one collection every "
                        + settings.minCycleInterval().toSeconds() + " s", RetryClass.NOT_READY);
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
        long allocation = step.allocation().value();
        long toRoot = 0;
        long devFee = 0;
        long buyAmount;
        if (step instanceof CycleStep.SecondaryBuyback) {
            long keep = Math.floorDiv(allocation * FEE_SPLIT_BPS, 10_000L);
            toRoot = allocation - keep;
            devFee = Math.floorDiv(keep * DEV_FEE_BPS, 10_000L);
            buyAmount = keep - ATA_RENT_RESERVE;
        } else {
            buyAmount = allocation - ROOT_BUY_OVERHEAD;
        }
        long spend = token.onCurve() ? Math.min(buyAmount, token.virtualSol / 100) : buyAmount;
        if (spend < MINIMUM_BUY) {
            return fail(signature, "asdf:6001:InsufficientFees", "the buy of " + spend + " lamports is below the"
                    + " program's minimum of " + MINIMUM_BUY, RetryClass.PERMANENT);
        }
        long outflow = toRoot + spend + devFee;
        if (outflow > authority - AUTHORITY_RESERVE) {
            return fail(signature, "asdf:6001:InsufficientFees", "the authority holds " + (authority - AUTHORITY_RESERVE)
                    + " spendable lamports, the step needs " + outflow, RetryClass.TRANSIENT);
        }
        authority -= outflow;
        treasury += toRoot;
        devWallet += devFee;
        long bought = buy(token, spend, signature, 4);
        token.supply -= bought;
        token.burned += bought;
        StepOutcome outcome = new StepOutcome.Confirmed(signature, slot, Lamports.of(outflow), TokenAmount.of(bought),
                TokenAmount.of(bought), Lamports.of(toRoot), Lamports.of(devFee));
        landed.put(signature, outcome);
        return outcome;
    }

    synchronized StepOutcome fail(TxSignature signature, String code, String message, RetryClass retryClass) {
        StepOutcome outcome = new StepOutcome.Failed(signature, new StepError(code, message, retryClass));
        landed.put(signature, outcome);
        return outcome;
    }

    synchronized StepOutcome expire(TxSignature signature, long lastValidBlockHeight) {
        blockHeight = Math.max(blockHeight, lastValidBlockHeight + 1);
        return new StepOutcome.Expired(signature);
    }

    synchronized StepOutcome landedOr(TxSignature signature, StepOutcome otherwise) {
        return landed.getOrDefault(signature, otherwise);
    }

    // ---- persistence ----

    synchronized SandboxChainState toState() {
        List<SandboxChainState.TokenState> tokenStates = new ArrayList<>();
        for (SimToken t : tokens) {
            tokenStates.add(new SandboxChainState.TokenState(t.mint().toString(), t.market.name(), t.virtualTokens,
                    t.virtualSol, t.realTokens, t.realSol, t.poolTokens, t.poolSol, t.supply, t.burned));
        }
        List<SandboxChainState.FeedItem> items = new ArrayList<>();
        for (Object item : feed) {
            if (item instanceof FeeEvent e) {
                items.add(new SandboxChainState.FeedItem(true, e.id().signature().toString(), e.id().index(),
                        e.mint().toString(), e.amount().value(), e.vault().name(), e.slot(), e.blockTime().toEpochMilli(), ""));
            } else {
                UnattributedDeposit d = (UnattributedDeposit) item;
                items.add(new SandboxChainState.FeedItem(false, d.id().signature().toString(), d.id().index(), "",
                        d.amount().value(), d.vault().name(), d.slot(), d.blockTime().toEpochMilli(), d.reason()));
            }
        }
        Map<String, SandboxChainState.Outcome> outcomes = new LinkedHashMap<>();
        landed.forEach((sig, outcome) -> outcomes.put(sig.toString(), outcome instanceof StepOutcome.Confirmed c
                ? new SandboxChainState.Outcome(true, c.slot(), c.lamportsSpent().value(), c.tokensBurned().value(),
                        c.sentToRoot().value(), c.devFee().value(), "", "", "")
                : failed((StepOutcome.Failed) outcome)));
        return new SandboxChainState(settings.seed(), tokenStates, curveVault, ammVault, authority, treasury, devWallet,
                feePayer, slot, blockHeight, tradesDone, lastCollectAt.toEpochMilli(), feedBase, items, outcomes,
                clock.millis());
    }

    synchronized void restore(SandboxChainState state) {
        if (state.seed() != settings.seed() || state.tokens().size() != tokens.size()) {
            throw new IllegalArgumentException("the saved sandbox was made with seed " + state.seed() + " and "
                    + state.tokens().size() + " tokens, this one has seed " + settings.seed() + " and " + tokens.size()
                    + "; use the same sandbox settings or another --state-dir");
        }
        for (int i = 0; i < tokens.size(); i++) {
            SimToken t = tokens.get(i);
            SandboxChainState.TokenState s = state.tokens().get(i);
            t.market = Market.valueOf(s.market());
            t.virtualTokens = s.virtualTokens();
            t.virtualSol = s.virtualSol();
            t.realTokens = s.realTokens();
            t.realSol = s.realSol();
            t.poolTokens = s.poolTokens();
            t.poolSol = s.poolSol();
            t.supply = s.supply();
            t.burned = s.burned();
        }
        curveVault = state.curveVault();
        ammVault = state.ammVault();
        authority = state.authority();
        treasury = state.treasury();
        devWallet = state.devWallet();
        feePayer = state.feePayer();
        slot = state.slot();
        blockHeight = state.blockHeight();
        tradesDone = state.tradesDone();
        savedAt = Instant.ofEpochMilli(state.savedAtMillis());
        lastCollectAt = Instant.ofEpochMilli(state.lastCollectAtMillis());
        feedBase = state.feedBase();
        feed.clear();
        for (SandboxChainState.FeedItem item : state.feed()) {
            FeeEventId id = new FeeEventId(TxSignature.parse(item.signature()), item.index());
            Instant time = Instant.ofEpochMilli(item.timeMillis());
            FeeVault vault = FeeVault.valueOf(item.vault());
            feed.add(item.attributed()
                    ? new FeeEvent(id, Address.parse(item.mint()), Lamports.of(item.lamports()), vault, item.slot(), time)
                    : new UnattributedDeposit(id, Lamports.of(item.lamports()), vault, item.slot(), time, item.reason()));
        }
        landed.clear();
        state.landed().forEach((sig, o) -> {
            TxSignature signature = TxSignature.parse(sig);
            landed.put(signature, o.confirmed()
                    ? new StepOutcome.Confirmed(signature, o.slot(), Lamports.of(o.spent()), TokenAmount.of(o.tokens()),
                            TokenAmount.of(o.tokens()), Lamports.of(o.toRoot()), Lamports.of(o.devFee()))
                    : new StepOutcome.Failed(signature, new StepError(o.errorCode(), o.errorMessage(),
                            RetryClass.valueOf(o.retryClass()))));
        });
    }

    private static SandboxChainState.Outcome failed(StepOutcome.Failed f) {
        return new SandboxChainState.Outcome(false, 0, 0, 0, 0, 0, f.error().code(), f.error().message(),
                f.error().retryClass().name());
    }

    // ---- what the engine reads ----

    synchronized ChainSnapshot snapshot() {
        Map<Address, Market> markets = new HashMap<>();
        tokens.forEach(t -> markets.put(t.mint(), t.market));
        return new ChainSnapshot(slot, new ChainBalances(Lamports.of(curveVault), Lamports.of(ammVault),
                Lamports.of(authority - AUTHORITY_RESERVE), Lamports.of(treasury)), splitConfig(), lastCollectAt,
                markets, Lamports.of(feePayer));
    }

    SplitConfig splitConfig() {
        return new SplitConfig(FEE_SPLIT_BPS, DEV_FEE_BPS, Lamports.of(settings.minSecondaryAllocation()),
                Lamports.of(ROOT_BUY_OVERHEAD + MINIMUM_BUY), settings.minCycleInterval());
    }

    /** Feed items from {@code position} on (forgetting everything before it: one reader, never looking back). */
    synchronized Page page(long position, int max) {
        while (feedBase < position && !feed.isEmpty()) {
            feed.pollFirst();
            feedBase++;
        }
        List<Object> items = new ArrayList<>(Math.min(max, feed.size()));
        for (Object item : feed) {
            if (items.size() == max) {
                break;
            }
            items.add(item);
        }
        long next = Math.max(position, feedBase) + items.size();
        return new Page(items, next, next == feedBase + feed.size(), slot);
    }

    /** A page of the feed and where the next one starts. */
    record Page(List<Object> items, long next, boolean caughtUp, long slot) {
    }

    synchronized long blockHeight() {
        return blockHeight;
    }

    synchronized long slot() {
        return slot;
    }

    /** When the restored world was saved; {@link Instant#EPOCH} for a new one. */
    synchronized Instant savedAt() {
        return savedAt;
    }

    synchronized long tradesDone() {
        return tradesDone;
    }

    synchronized long burned(Address mint) {
        SimToken t = byMint.get(mint);
        return t == null ? 0 : t.burned;
    }

    List<SimToken> tokens() {
        return tokens;
    }

    SimToken token(Address mint) {
        return byMint.get(mint);
    }

    long seed() {
        return settings.seed();
    }

    /** A transaction signature made from the seed, a kind and a number: distinct and reproducible. */
    TxSignature signature(String kind, long n) {
        byte[] bytes = new byte[64];
        byte[] first = sha256(kind + ":" + settings.seed() + ":" + n + ":a");
        byte[] second = sha256(kind + ":" + settings.seed() + ":" + n + ":b");
        System.arraycopy(first, 0, bytes, 0, 32);
        System.arraycopy(second, 0, bytes, 32, 32);
        return TxSignature.of(bytes);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static long seedHash(long seed, String salt) {
        return ByteBuffer.wrap(sha256(seed + ":" + salt)).getLong();
    }

    private static long ceilBps(long amount, long bps) {
        return Math.floorDiv(amount * bps + 9_999L, 10_000L);
    }
}
