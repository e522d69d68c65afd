package dev.asdf.burnengine.solana.feesource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeePage;
import dev.asdf.burnengine.core.fee.FeeRejection;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SignatureInfo;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import dev.asdf.burnengine.solana.rpc.SolanaSubscriptions;
import dev.asdf.burnengine.solana.rpc.Subscription;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@link FeeSource} over JSON-RPC: both creator vaults' histories, paged with {@code getSignaturesForAddress}
 * from the persisted cursor (every page, oldest first), the transactions fetched in batches and attributed by
 * {@link FeeAttributor}. {@code logsSubscribe} on each vault only wakes the engine; after every WebSocket (re)connect
 * it wakes the engine too, and the next fetch backfills the gap from the cursor over HTTP.
 *
 * <p>The cursor advances only past fully processed transactions: one the node cannot return yet stops the page, and it
 * and everything after it come again. Signatures listed but not yet processed are kept between calls (while the
 * engine hands back the cursor this source returned), so a backlog is listed once, not once per page.
 */
public final class RpcFeeSource implements FeeSource, AutoCloseable {
    private final SolanaRpc rpc;
    private final FeeAttributor attributor;
    private final RpcMetrics metrics;
    private final int pageSize;
    private final List<Runnable> wakeUps = new CopyOnWriteArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    private String backlogPosition;
    /** The chain's slot read before the last listing of both vaults: every signature up to it is in the backlog. */
    private long listedThroughSlot = -1;
    private final Deque<Listed> backlog = new ArrayDeque<>();
    private final Map<FeeVault, TxSignature> listedNewest = new EnumMap<>(FeeVault.class);

    public RpcFeeSource(SolanaRpc rpc, FeeAttributor attributor, RpcMetrics metrics, Optional<SolanaSubscriptions> live) {
        this.rpc = rpc;
        this.attributor = attributor;
        this.metrics = metrics;
        this.pageSize = rpc.client().settings().signaturePageSize();
        live.ifPresent(ws -> {
            for (var vault : attributor.vaults().addresses()) {
                subscriptions.add(ws.logs(vault, notification -> wake()));
            }
            ws.onConnected(this::wake);
        });
    }

    @Override
    public void onActivity(Runnable wakeUp) {
        wakeUps.add(wakeUp);
    }

    private void wake() {
        wakeUps.forEach(Runnable::run);
    }

    @Override
    public synchronized FeePage fetch(FeeCursor cursor, int maxTransactions) {
        FeePosition position = FeePosition.parse(cursor.position());
        if (!cursor.position().equals(backlogPosition)) {
            backlog.clear();
            listedNewest.clear();
            for (FeeVault v : FeeVault.values()) {
                position.last(v).ifPresent(s -> listedNewest.put(v, s));
            }
            listedThroughSlot = -1;
        }
        long head = -1;
        if (backlog.size() < maxTransactions) {
            head = rpc.slot();
            listNewer(cursor.settledSlot());
            listedThroughSlot = head;
        }
        List<Listed> page = new ArrayList<>();
        for (Listed l : backlog) {
            if (page.size() >= maxTransactions) {
                break;
            }
            page.add(l);
        }
        List<TxSignature> toFetch = page.stream().filter(l -> !l.info.failed()).map(l -> l.info.signature()).toList();
        List<Optional<JsonNode>> fetched = toFetch.isEmpty() ? List.of() : rpc.transactions(toFetch);
        Map<TxSignature, Optional<JsonNode>> bySignature = new HashMap<>();
        for (int i = 0; i < toFetch.size(); i++) {
            bySignature.put(toFetch.get(i), fetched.get(i));
        }
        List<ConfirmedTransaction> parsed = new ArrayList<>();
        for (Optional<JsonNode> json : fetched) {
            json.ifPresent(j -> parsed.add(ConfirmedTransactions.parse(j)));
        }
        attributor.prefetchPools(parsed);

        List<FeeEvent> events = new ArrayList<>();
        List<UnattributedDeposit> unattributed = new ArrayList<>();
        List<FeeRejection> rejected = new ArrayList<>();
        FeePosition next = position;
        long lastSlot = -1;
        boolean blocked = false;
        for (Listed l : page) {
            if (!l.info.failed()) {
                Optional<JsonNode> json = bySignature.get(l.info.signature());
                if (json.isEmpty()) {
                    blocked = true;
                    metrics.count("fee_transactions", "state", "not_yet_available", 1);
                    break;
                }
                FeeExplanation e = attributor.explain(ConfirmedTransactions.parse(json.get()));
                events.addAll(e.events());
                unattributed.addAll(e.unattributed());
                rejected.addAll(e.rejections());
                e.credits().forEach(c -> metrics.count("fee_events", "vault", c.vault().name(), 1));
                metrics.count("fee_rejections", "kind", "event", e.rejections().size());
                metrics.count("fee_unattributed", "kind", "deposit", e.unattributed().size());
            }
            metrics.count("fee_transactions", "state", l.info.failed() ? "failed" : "processed", 1);
            for (FeeVault v : l.vaults) {
                next = next.with(v, l.info.signature());
            }
            lastSlot = Math.max(lastSlot, l.info.slot());
            backlog.removeFirst();
        }
        boolean caughtUp = !blocked && backlog.isEmpty();
        // the vaults are listed one after the other, so a signature above the slot read before listing may exist for
        // one vault and not be listed yet: nothing above that slot is settled or counted as caught up (the ledger
        // forgets event ids below the settled slot and refuses older events as stale)
        long settled = lastSlot < 0 ? cursor.settledSlot()
                : Math.max(cursor.settledSlot(), Math.min(lastSlot, listedThroughSlot));
        long caughtUpTo;
        if (caughtUp && head >= 0) {
            caughtUpTo = Math.max(cursor.caughtUpToSlot(), head);
        } else {
            long firstPendingSlot = backlog.isEmpty() ? lastSlot : backlog.peekFirst().info.slot();
            caughtUpTo = Math.max(cursor.caughtUpToSlot(), Math.min(firstPendingSlot - 1, listedThroughSlot));
        }
        FeeCursor nextCursor = new FeeCursor(next.text(), settled, Math.max(0, caughtUpTo));
        backlogPosition = nextCursor.position();
        return new FeePage(events, unattributed, rejected, nextCursor, caughtUp);
    }

    /**
     * Appends every signature newer than the newest listed one, all pages, both vaults merged, and keeps the backlog in
     * slot order. A vault with a newest listed signature is listed down to exactly that signature, never cut by slot:
     * the two vaults are listed at different instants, so a signature of the first can be older than the newest of
     * the second yet not listed before. Only a vault never listed is bounded by the settled slot. All or nothing: the
     * newest listed signatures move only once every vault has been listed, so a failure listing the second vault
     * cannot skip what was just listed for the first.
     */
    private void listNewer(long settledSlot) {
        Map<FeeVault, List<SignatureInfo>> perVault = new EnumMap<>(FeeVault.class);
        Map<FeeVault, TxSignature> newest = new EnumMap<>(FeeVault.class);
        for (FeeVault vault : FeeVault.values()) {
            List<SignatureInfo> newestFirst = new ArrayList<>();
            TxSignature until = listedNewest.get(vault);
            TxSignature before = null;
            while (true) {
                List<SignatureInfo> chunk = rpc.signaturesForAddress(attributor.vaults().address(vault), before, until,
                        pageSize);
                newestFirst.addAll(chunk);
                boolean reachedSettled = until == null && !chunk.isEmpty()
                        && chunk.get(chunk.size() - 1).slot() < settledSlot;
                if (chunk.size() < pageSize || reachedSettled) {
                    break;
                }
                before = chunk.get(chunk.size() - 1).signature();
            }
            List<SignatureInfo> oldestFirst = new ArrayList<>();
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                if (until != null || newestFirst.get(i).slot() >= settledSlot) {
                    oldestFirst.add(newestFirst.get(i));
                }
            }
            if (!newestFirst.isEmpty()) {
                newest.put(vault, newestFirst.get(0).signature());
            }
            perVault.put(vault, oldestFirst);
        }
        listedNewest.putAll(newest);
        merge(perVault);
    }

    /** Adds the new signatures (a transaction of both vaults once) and puts the backlog in slot order (stable). */
    private void merge(Map<FeeVault, List<SignatureInfo>> perVault) {
        Map<TxSignature, Listed> known = new HashMap<>();
        backlog.forEach(l -> known.put(l.info.signature(), l));
        List<Listed> bySlot = new ArrayList<>(backlog);
        perVault.forEach((vault, oldestFirst) -> {
            for (SignatureInfo info : oldestFirst) {
                Listed existing = known.get(info.signature());
                if (existing != null) {
                    existing.vaults.add(vault);
                } else {
                    Listed l = new Listed(info, EnumSet.of(vault));
                    known.put(info.signature(), l);
                    bySlot.add(l);
                }
            }
        });
        bySlot.sort(Comparator.comparingLong(l -> l.info.slot()));
        backlog.clear();
        backlog.addAll(bySlot);
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
    }

    private record Listed(SignatureInfo info, Set<FeeVault> vaults) {}
}
