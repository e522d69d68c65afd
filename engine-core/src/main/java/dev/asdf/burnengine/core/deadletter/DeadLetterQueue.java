package dev.asdf.burnengine.core.deadletter;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.token.Token;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens whose cycle step failed: which are retried when, and which wait for an operator. One open entry per token.
 * Time is always passed in, so replaying the journal gives the same queue.
 *
 * <p>Not thread-safe; the engine serialises access.
 */
public final class DeadLetterQueue {
    private final DeadLetterPolicy policy;
    private final Map<Address, DeadLetterEntry> open = new LinkedHashMap<>();
    private final List<DeadLetterEntry> resolved = new ArrayList<>();

    public DeadLetterQueue(DeadLetterPolicy policy) {
        this.policy = policy;
    }

    public DeadLetterQueue(DeadLetterPolicy policy, Collection<DeadLetterEntry> entries) {
        this(policy);
        entries.stream().sorted(Comparator.comparing(DeadLetterEntry::lastFailedAt)).forEach(e -> {
            if (e.isOpen()) {
                open.put(e.mint(), e);
            } else {
                resolved.add(e);
            }
        });
        pruneResolved();
    }

    public DeadLetterPolicy policy() {
        return policy;
    }

    /**
     * Records a failed step. A {@link RetryClass#NOT_READY} failure is not the token's fault and records nothing;
     * {@link RetryClass#PROTOCOL_DRIFT} is handled by pausing the token, not here.
     *
     * @return the entry now held for the token, if the failure was recorded
     */
    public Optional<DeadLetterEntry> recordFailure(Token token, StepError error, Instant at) {
        if (error.retryClass() == RetryClass.NOT_READY || error.retryClass() == RetryClass.PROTOCOL_DRIFT) {
            return Optional.empty();
        }
        DeadLetterEntry previous = open.get(token.mint());
        int failures = previous == null ? 1 : previous.failures() + 1;
        Instant first = previous == null ? at : previous.firstFailedAt();
        DeadLetterStatus status;
        Instant next = at;
        if (error.retryClass() == RetryClass.PERMANENT) {
            status = DeadLetterStatus.PERMANENT;
        } else if (failures > policy.maxRetries() || expired(first, at)) {
            status = DeadLetterStatus.EXPIRED;
        } else {
            status = DeadLetterStatus.SCHEDULED;
            next = at.plus(policy.delayAfter(failures));
        }
        DeadLetterEntry entry = new DeadLetterEntry(token.mint(), token.label(), error, failures, first, at, next, status);
        open.put(token.mint(), entry);
        return Optional.of(entry);
    }

    /** A confirmed step resolves the token's open entry, if any. Idempotent. */
    public void recordSuccess(Address mint, Instant at) {
        DeadLetterEntry entry = open.remove(mint);
        if (entry != null) {
            resolved.add(new DeadLetterEntry(entry.mint(), entry.label(), entry.lastError(), entry.failures(),
                    entry.firstFailedAt(), at, entry.nextRetryAt(), DeadLetterStatus.RESOLVED));
            pruneResolved();
        }
    }

    /** Why the planner must skip the token now, or empty when it may run (no entry, or its retry is due). */
    public Optional<String> blockingReason(Address mint, Instant now) {
        DeadLetterEntry e = open.get(mint);
        if (e == null) {
            return Optional.empty();
        }
        DeadLetterStatus status = effectiveStatus(e, now);
        String last = "last error " + e.lastError().code() + ": " + e.lastError().message();
        switch (status) {
            case SCHEDULED:
                if (!now.isBefore(e.nextRetryAt())) {
                    return Optional.empty();
                }
                return Optional.of("failed " + e.failures() + (e.failures() == 1 ? " time" : " times") + " (" + last
                        + "); automatic retry " + e.failures() + " of " + policy.maxRetries() + " at " + e.nextRetryAt());
            case EXPIRED:
                return Optional.of("automatic retries given up after " + e.failures() + " failures since "
                        + e.firstFailedAt() + " (" + last + "); fix the cause, then retry or drop the dead-letter entry");
            case PERMANENT:
                return Optional.of("permanent failure (" + last
                        + "); fix the cause, then retry or drop the dead-letter entry");
            default:
                return Optional.empty();
        }
    }

    /** Open tokens whose automatic retry is due. */
    public List<Address> dueForRetry(Instant now) {
        List<Address> due = new ArrayList<>();
        open.values().forEach(e -> {
            if (effectiveStatus(e, now) == DeadLetterStatus.SCHEDULED && !now.isBefore(e.nextRetryAt())) {
                due.add(e.mint());
            }
        });
        return due;
    }

    /** Operator: allow the token to run again now, restarting its expiry clock. */
    public boolean retryNow(Address mint, Instant at) {
        DeadLetterEntry e = open.get(mint);
        if (e == null) {
            return false;
        }
        open.put(mint, new DeadLetterEntry(e.mint(), e.label(), e.lastError(), 0, at, e.lastFailedAt(), at,
                DeadLetterStatus.SCHEDULED));
        return true;
    }

    /** Operator: forget the entry; the token is eligible again with its normal rules. */
    public boolean drop(Address mint) {
        return open.remove(mint) != null;
    }

    public Optional<DeadLetterEntry> find(Address mint, Instant now) {
        DeadLetterEntry e = open.get(mint);
        return e == null ? Optional.empty() : Optional.of(e.with(effectiveStatus(e, now), e.nextRetryAt()));
    }

    /** Open entries (with their status as of {@code now}) followed by the resolved history, newest first. */
    public List<DeadLetterEntry> entries(Instant now) {
        List<DeadLetterEntry> all = new ArrayList<>();
        open.values().forEach(e -> all.add(e.with(effectiveStatus(e, now), e.nextRetryAt())));
        List<DeadLetterEntry> history = new ArrayList<>(resolved);
        history.sort(Comparator.comparing(DeadLetterEntry::lastFailedAt).reversed());
        all.addAll(history);
        return all;
    }

    /** Everything, as stored (statuses not re-evaluated), for snapshots. */
    public List<DeadLetterEntry> toEntries() {
        List<DeadLetterEntry> all = new ArrayList<>(open.values());
        all.addAll(resolved);
        return all;
    }

    public int openCount() {
        return open.size();
    }

    private DeadLetterStatus effectiveStatus(DeadLetterEntry e, Instant now) {
        return e.status() == DeadLetterStatus.SCHEDULED && expired(e.firstFailedAt(), now) ? DeadLetterStatus.EXPIRED : e.status();
    }

    private boolean expired(Instant firstFailedAt, Instant now) {
        return now.isAfter(firstFailedAt.plus(policy.expiry()));
    }

    private void pruneResolved() {
        resolved.sort(Comparator.comparing(DeadLetterEntry::lastFailedAt));
        while (resolved.size() > policy.resolvedHistory()) {
            resolved.remove(0);
        }
    }
}
