package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.chain.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Compares the ledger with the chain and proposes adjustments: a shortfall is shared pro rata over every account with
 * pending fees (largest remainder, so the parts sum to the shortfall exactly), a surplus goes to the unattributed
 * account. It never wipes a ledger.
 */
public final class Reconciler {
    private final long toleranceLamports;

    /** @param toleranceLamports discrepancies up to this size are treated as in sync */
    public Reconciler(long toleranceLamports) {
        if (toleranceLamports < 0) {
            throw new IllegalArgumentException("reconciliation tolerance cannot be negative, got " + toleranceLamports);
        }
        this.toleranceLamports = toleranceLamports;
    }

    /**
     * @param observedLamports creator vaults plus the authority's float, read at {@code balancesSlot}
     * @param feesCaughtUpToSlot the slot up to which every fee event has been credited
     */
    public Reconciliation reconcile(FeeLedger ledger, long observedLamports, long balancesSlot, long feesCaughtUpToSlot) {
        long expected = ledger.totalPending();
        if (feesCaughtUpToSlot < balancesSlot) {
            return new Reconciliation(Reconciliation.Status.NOT_COMPARABLE, expected, observedLamports, List.of(),
                    "fee events are credited up to slot " + feesCaughtUpToSlot + " but balances were read at slot "
                            + balancesSlot + "; compare again once the fee source has caught up");
        }
        long discrepancy = expected - observedLamports;
        if (Math.abs(discrepancy) <= toleranceLamports) {
            return new Reconciliation(Reconciliation.Status.IN_SYNC, expected, observedLamports, List.of(),
                    "ledger and chain agree within " + toleranceLamports + " lamports");
        }
        if (discrepancy < 0) {
            long surplus = -discrepancy;
            String reason = "surplus of " + surplus + " lamports on chain without a matching fee event";
            return new Reconciliation(Reconciliation.Status.SURPLUS, expected, observedLamports,
                    List.of(new Adjustment(LedgerAccountId.unattributed(), surplus, reason)), reason);
        }
        long shortfall = Math.min(discrepancy, expected);
        String reason = "shortfall of " + shortfall + " lamports (chain holds " + observedLamports + ", ledger claims "
                + expected + ") shared pro rata";
        return new Reconciliation(Reconciliation.Status.SHORTFALL, expected, observedLamports,
                shareProRata(ledger, shortfall, expected, reason), reason);
    }

    private static List<Adjustment> shareProRata(FeeLedger ledger, long shortfall, long expected, String reason) {
        List<Share> shares = new ArrayList<>();
        for (Map.Entry<Address, LedgerAccount> e : ledger.tokenAccounts().entrySet()) {
            if (e.getValue().pending() > 0) {
                shares.add(new Share(LedgerAccountId.token(e.getKey()), e.getValue().pending(), e.getKey().toString()));
            }
        }
        if (ledger.unattributedPending() > 0) {
            shares.add(new Share(LedgerAccountId.unattributed(), ledger.unattributedPending(), ""));
        }
        BigInteger total = BigInteger.valueOf(expected);
        long assigned = 0;
        for (Share s : shares) {
            BigInteger[] qr = BigInteger.valueOf(shortfall).multiply(BigInteger.valueOf(s.pending)).divideAndRemainder(total);
            s.part = qr[0].longValueExact();
            s.remainder = qr[1];
            assigned += s.part;
        }
        long left = shortfall - assigned;
        shares.sort(Comparator.comparing((Share s) -> s.remainder).reversed().thenComparing(s -> s.order));
        for (int i = 0; left > 0; i = (i + 1) % shares.size()) {
            Share s = shares.get(i);
            if (s.part < s.pending) {
                s.part++;
                left--;
            }
        }
        List<Adjustment> adjustments = new ArrayList<>();
        shares.sort(Comparator.comparing(s -> s.order));
        for (Share s : shares) {
            if (s.part > 0) {
                adjustments.add(new Adjustment(s.account, -s.part, reason));
            }
        }
        return adjustments;
    }

    private static final class Share {
        final LedgerAccountId account;
        final long pending;
        final String order;
        long part;
        BigInteger remainder = BigInteger.ZERO;

        Share(LedgerAccountId account, long pending, String order) {
            this.account = account;
            this.pending = pending;
            this.order = order;
        }
    }
}
