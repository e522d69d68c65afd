package dev.asdf.burnengine.solana.feesource;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.fee.FeeEventId;
import dev.asdf.burnengine.core.fee.FeeRejection;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.codec.AnchorEvents;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.Discriminator;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.TradeEvent;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.program.pumpswap.SwapEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes the creator fees of one confirmed transaction (DESIGN §3, "Attribution is exact").
 *
 * <ul>
 *   <li>Events: pump {@code TradeEvent} ({@code creator_fee} to {@code mint}) and PumpSwap {@code BuyEvent} /
 *       {@code SellEvent} ({@code coin_creator_fee} to the pool's base mint), read from the event self-CPIs among the
 *       inner instructions, or from {@code Program data:} logs when the node recorded no inner instructions.</li>
 *   <li>Ids: (signature, position of the event CPI among all inner instructions, flattened in execution order), or
 *       (signature, position among the program's logged events) in the log fallback. Stable for one transaction.</li>
 *   <li>Refused (a {@link FeeRejection}, never credited): an event whose creator is not ours, a swap whose pool is
 *       unknown or whose coin creator differs, an undecodable event, and every event of a vault whose summed fees
 *       exceed that vault's delta in the transaction by more than the tolerance.</li>
 *   <li>A vault delta above the credited fees is an {@link UnattributedDeposit} of the remainder, id (signature,
 *       {@value #UNATTRIBUTED_INDEX} + vault ordinal). A failed transaction credits nothing.</li>
 * </ul>
 */
public final class FeeAttributor {
    /** Index base of unattributed remainders, far above any inner-instruction position. */
    public static final int UNATTRIBUTED_INDEX = 1_000_000;
    private static final Discriminator BUY_EVENT = SwapEvent.BUY;
    private static final Discriminator SELL_EVENT = SwapEvent.SELL;

    private final EcosystemVaults vaults;
    private final PoolDirectory pools;
    private final long tolerance;

    public FeeAttributor(EcosystemVaults vaults, PoolDirectory pools, long toleranceLamports) {
        this.vaults = vaults;
        this.pools = pools;
        this.tolerance = toleranceLamports;
    }

    public EcosystemVaults vaults() {
        return vaults;
    }

    /** Loads the pools named by the swap events of these transactions in one call (a hint for batches). */
    public void prefetchPools(List<ConfirmedTransaction> transactions) {
        Set<Address> named = new LinkedHashSet<>();
        for (ConfirmedTransaction tx : transactions) {
            for (Decoded d : events(tx)) {
                if (d.swap != null) {
                    named.add(d.swap.pool());
                }
            }
        }
        if (!named.isEmpty()) {
            pools.prefetch(named);
        }
    }

    public FeeExplanation explain(ConfirmedTransaction tx) {
        Instant time = Instant.ofEpochSecond(Math.max(0, tx.blockTime()));
        Map<FeeVault, Long> deltas = new EnumMap<>(FeeVault.class);
        deltas.put(FeeVault.BONDING_CURVE, tx.lamportDelta(vaults.curveVault()));
        deltas.put(FeeVault.AMM, ammDelta(tx));
        if (tx.failed()) {
            return new FeeExplanation(tx.signature(), tx.slot(), time, true, List.of(), List.of(), List.of(), deltas);
        }
        List<FeeCredit> candidates = new ArrayList<>();
        List<FeeRejection> rejections = new ArrayList<>();
        for (Decoded d : events(tx)) {
            FeeEventId id = new FeeEventId(tx.signature(), d.index);
            if (d.error != null) {
                rejections.add(new FeeRejection(id, d.error));
            } else if (d.trade != null) {
                creditTrade(id, d, candidates, rejections);
            } else {
                creditSwap(id, d, candidates, rejections);
            }
        }
        List<FeeCredit> credits = new ArrayList<>();
        List<UnattributedDeposit> unattributed = new ArrayList<>();
        for (FeeVault vault : FeeVault.values()) {
            List<FeeCredit> ofVault = candidates.stream().filter(c -> c.vault() == vault).toList();
            long sum = ofVault.stream().mapToLong(FeeCredit::lamports).sum();
            long delta = deltas.get(vault);
            long credited = 0;
            if (sum > delta + tolerance) {
                for (FeeCredit c : ofVault) {
                    rejections.add(new FeeRejection(c.id(), c.eventName() + " credits " + c.lamports() + " lamports to "
                            + c.mint() + " but the events of this transaction add up to " + sum + " while the "
                            + vault + " vault " + vaults.address(vault) + " changed by " + delta
                            + "; not credited (check the vault addresses and rpc.fees.toleranceLamports)"));
                }
            } else {
                credits.addAll(ofVault);
                credited = sum;
            }
            if (delta > credited) {
                unattributed.add(new UnattributedDeposit(new FeeEventId(tx.signature(), UNATTRIBUTED_INDEX + vault.ordinal()),
                        Lamports.of(delta - credited), vault, tx.slot(), time, credited == 0 && ofVault.isEmpty()
                        ? "no trade event of ours explains this deposit into the " + vault + " vault"
                        : (delta - credited) + " lamports above the credited fees of " + credited));
            }
        }
        return new FeeExplanation(tx.signature(), tx.slot(), time, false, credits, rejections, unattributed, deltas);
    }

    private void creditTrade(FeeEventId id, Decoded d, List<FeeCredit> candidates, List<FeeRejection> rejections) {
        TradeEvent e = d.trade;
        if (e.creatorFee() == 0) {
            return;
        }
        if (!e.creator().equals(vaults.creator())) {
            rejections.add(new FeeRejection(id, "TradeEvent of mint " + e.mint() + " names creator " + e.creator()
                    + ", not the ecosystem's creator " + vaults.creator() + "; its fee of "
                    + Long.toUnsignedString(e.creatorFee()) + " lamports is not ours"));
            return;
        }
        candidates.add(new FeeCredit(id, e.mint(), e.creatorFee(), FeeVault.BONDING_CURVE, "TradeEvent", d.source));
    }

    private void creditSwap(FeeEventId id, Decoded d, List<FeeCredit> candidates, List<FeeRejection> rejections) {
        SwapEvent e = d.swap;
        String name = e.side() == SwapEvent.Side.BUY ? "BuyEvent" : "SellEvent";
        if (e.coinCreatorFee() == 0) {
            return;
        }
        if (!e.coinCreator().equals(vaults.creator())) {
            rejections.add(new FeeRejection(id, name + " of pool " + e.pool() + " names coin creator " + e.coinCreator()
                    + ", not the ecosystem's creator " + vaults.creator() + "; its fee is not ours"));
            return;
        }
        Optional<Pool> pool = pools.pool(e.pool());
        if (pool.isEmpty()) {
            rejections.add(new FeeRejection(id, name + " names pool " + e.pool() + ", which is not a PumpSwap pool on"
                    + " this cluster; its fee stays unattributed"));
            return;
        }
        if (!pool.get().coinCreator().equals(vaults.creator())) {
            rejections.add(new FeeRejection(id, name + " names pool " + e.pool() + " whose coin creator is "
                    + pool.get().coinCreator() + ", not ours; its fee stays unattributed"));
            return;
        }
        candidates.add(new FeeCredit(id, pool.get().baseMint(), e.coinCreatorFee(), FeeVault.AMM, name, d.source));
    }

    private long ammDelta(ConfirmedTransaction tx) {
        int index = tx.indexOf(vaults.ammVault());
        if (index < 0) {
            return 0;
        }
        boolean hasTokenBalances = tx.preTokenBalances().stream().anyMatch(b -> b.accountIndex() == index)
                || tx.postTokenBalances().stream().anyMatch(b -> b.accountIndex() == index);
        return hasTokenBalances ? tx.tokenDelta(vaults.ammVault()) : tx.lamportDelta(vaults.ammVault());
    }

    private static List<Decoded> events(ConfirmedTransaction tx) {
        List<Decoded> out = new ArrayList<>();
        if (tx.innerInstructionsRecorded()) {
            List<ConfirmedTransaction.Step> inner = tx.innerInstructions();
            for (int i = 0; i < inner.size(); i++) {
                ConfirmedTransaction.Step s = inner.get(i);
                byte[] data = s.data();
                if (AnchorEvents.isEventCpi(data)) {
                    decode(s.program(), data, Discriminator.LENGTH, i, "inner-instruction").ifPresent(out::add);
                }
            }
            return out;
        }
        int ordinal = 0;
        for (Address program : List.of(ProgramIds.PUMP, ProgramIds.PUMP_AMM)) {
            for (byte[] payload : AnchorEvents.payloadsEmittedBy(tx.logs(), program)) {
                Optional<Decoded> d = decode(program, payload, 0, ordinal, "log");
                if (d.isPresent()) {
                    out.add(d.get());
                    ordinal++;
                }
            }
        }
        return out;
    }

    private static Optional<Decoded> decode(Address program, byte[] data, int offset, int index, String source) {
        try {
            if (program.equals(ProgramIds.PUMP) && TradeEvent.DISCRIMINATOR.matches(data, offset)) {
                return Optional.of(new Decoded(index, source, TradeEvent.decode(data, offset), null, null));
            }
            if (program.equals(ProgramIds.PUMP_AMM) && (BUY_EVENT.matches(data, offset) || SELL_EVENT.matches(data, offset))) {
                return Optional.of(new Decoded(index, source, null, SwapEvent.decode(data, offset), null));
            }
        } catch (DecodingException e) {
            return Optional.of(new Decoded(index, source, null, null, "a " + program + " event at index " + index
                    + " could not be decoded (" + e.getMessage() + "); the program may have changed its event layout:"
                    + " check for a pump.fun upgrade"));
        }
        return Optional.empty();
    }

    private record Decoded(int index, String source, TradeEvent trade, SwapEvent swap, String error) {}
}
