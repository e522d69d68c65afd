package dev.asdf.burnengine.core.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed's 14 dead-letter-queue cases (seed-offchain-spec §9.1), rewritten for our rules: one open entry per token,
 * the schedule 5 min × 2^(n−1), five automatic retries, given up after 24 h, and a given-up token waits for an
 * operator instead of silently dropping out.
 */
class SeedDeadLetterCasesTest {
    private static final Instant T = Instant.parse("2026-11-28T12:00:00Z");
    private static final Token TEST = TestData.secondary(1, "TEST");
    private static final StepError FETCH_FAILED = new StepError("rpc:fetch-failed", "fetch failed", RetryClass.TRANSIENT);
    private static final StepError INVALID_MINT = new StepError("asdf:6022:MintMismatch", "Invalid mint", RetryClass.PERMANENT);

    private static DeadLetterQueue queue() {
        return new DeadLetterQueue(DeadLetterPolicy.defaults());
    }

    @Test
    @DisplayName("seed 1: recording a failure adds an entry with the error, one failure, and a scheduled retry")
    void recordingAddsAnEntry() {
        DeadLetterQueue q = queue();
        DeadLetterEntry e = q.recordFailure(TEST, new StepError("test", "Test error", RetryClass.TRANSIENT), T).orElseThrow();
        assertThat(e.label()).isEqualTo(TEST.label());
        assertThat(e.lastError().message()).isEqualTo("Test error");
        assertThat(e.failures()).isEqualTo(1);
        assertThat(e.status()).isEqualTo(DeadLetterStatus.SCHEDULED);
        assertThat(q.entries(T)).containsExactly(e);
    }

    @Test
    @DisplayName("seed 2: a transient error gets a retry time 5 minutes out")
    void transientErrorIsScheduled() {
        DeadLetterEntry e = queue().recordFailure(TEST, FETCH_FAILED, T).orElseThrow();
        assertThat(e.nextRetryAt()).isEqualTo(T.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("seed 3: a permanent error gets no retry and waits for an operator")
    void permanentErrorWaitsForAnOperator() {
        DeadLetterQueue q = queue();
        DeadLetterEntry e = q.recordFailure(TEST, INVALID_MINT, T).orElseThrow();
        assertThat(e.status()).isEqualTo(DeadLetterStatus.PERMANENT);
        assertThat(q.dueForRetry(T.plus(Duration.ofDays(2)))).isEmpty();
        assertThat(q.blockingReason(TEST.mint(), T.plus(Duration.ofDays(2)))).get().asString().contains("permanent failure");
    }

    @Test
    @DisplayName("seed 4 (defect: the oldest entries were dropped silently at 100): open entries are never dropped;"
            + " only resolved history is capped")
    void onlyResolvedHistoryIsCapped() {
        DeadLetterQueue q = new DeadLetterQueue(new DeadLetterPolicy(Duration.ofMinutes(5), 5, Duration.ofHours(24), 100));
        for (int i = 0; i < 150; i++) {
            Token t = TestData.secondary(1_000 + i, "T" + i);
            q.recordFailure(t, FETCH_FAILED, T.plusSeconds(i));
            if (i < 120) {
                q.recordSuccess(t.mint(), T.plusSeconds(i));
            }
        }
        assertThat(q.openCount()).isEqualTo(30);
        assertThat(q.entries(T)).hasSize(130);
    }

    @Test
    @DisplayName("seed 5: an empty queue has nothing due and blocks nothing")
    void emptyQueue() {
        DeadLetterQueue q = queue();
        assertThat(q.dueForRetry(T)).isEmpty();
        assertThat(q.blockingReason(TEST.mint(), T)).isEmpty();
    }

    @Test
    @DisplayName("seed 6: an entry older than 24 h is given up even when its retry is due")
    void expiresByAge() {
        DeadLetterQueue q = queue();
        q.recordFailure(TEST, FETCH_FAILED, T);
        Instant later = T.plus(Duration.ofHours(25));
        assertThat(q.dueForRetry(later)).isEmpty();
        assertThat(q.find(TEST.mint(), later)).get().extracting(DeadLetterEntry::status).isEqualTo(DeadLetterStatus.EXPIRED);
        assertThat(q.blockingReason(TEST.mint(), later)).get().asString().contains("given up");
    }

    @Test
    @DisplayName("seed 7: the failure after the fifth retry gives up (schedule 5, 10, 20, 40, 80 min)")
    void expiresAfterFiveRetries() {
        DeadLetterQueue q = queue();
        Instant at = T;
        for (long minutes : new long[] {5, 10, 20, 40, 80}) {
            DeadLetterEntry e = q.recordFailure(TEST, FETCH_FAILED, at).orElseThrow();
            assertThat(e.nextRetryAt()).isEqualTo(at.plus(Duration.ofMinutes(minutes)));
            at = e.nextRetryAt();
        }
        DeadLetterEntry last = q.recordFailure(TEST, FETCH_FAILED, at).orElseThrow();
        assertThat(last.failures()).isEqualTo(6);
        assertThat(last.status()).isEqualTo(DeadLetterStatus.EXPIRED);
    }

    @Test
    @DisplayName("seed 8: a scheduled entry whose time has come is due for retry and no longer blocks its token")
    void dueEntriesAreRetried() {
        DeadLetterQueue q = queue();
        q.recordFailure(TEST, FETCH_FAILED, T);
        Instant due = T.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThat(q.dueForRetry(due)).containsExactly(TEST.mint());
        assertThat(q.blockingReason(TEST.mint(), due)).isEmpty();
        assertThat(q.blockingReason(TEST.mint(), T.plusSeconds(60))).get().asString().contains("automatic retry 1 of 5");
    }

    @Test
    @DisplayName("seed 9: resolved and given-up entries are not retried")
    void terminalEntriesAreSkipped() {
        DeadLetterQueue q = queue();
        Token other = TestData.secondary(2, "OTHER");
        q.recordFailure(TEST, FETCH_FAILED, T);
        q.recordSuccess(TEST.mint(), T.plusSeconds(1));
        q.recordFailure(other, INVALID_MINT, T);
        assertThat(q.dueForRetry(T.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    @DisplayName("seed 10: a confirmed step resolves the token's entry")
    void successResolves() {
        DeadLetterQueue q = queue();
        q.recordFailure(TEST, FETCH_FAILED, T);
        q.recordSuccess(TEST.mint(), T.plusSeconds(1));
        assertThat(q.find(TEST.mint(), T)).isEmpty();
        assertThat(q.entries(T)).singleElement().extracting(DeadLetterEntry::status).isEqualTo(DeadLetterStatus.RESOLVED);
    }

    @Test
    @DisplayName("seed 11: resolving a token without an entry does nothing")
    void resolvingWithoutEntryIsANoOp() {
        DeadLetterQueue q = queue();
        q.recordSuccess(TEST.mint(), T);
        assertThat(q.entries(T)).isEmpty();
    }

    @Test
    @DisplayName("seed 12: resolving twice leaves one resolved entry")
    void resolvingIsIdempotent() {
        DeadLetterQueue q = queue();
        q.recordFailure(TEST, FETCH_FAILED, T);
        q.recordSuccess(TEST.mint(), T);
        q.recordSuccess(TEST.mint(), T);
        assertThat(q.entries(T)).singleElement().extracting(DeadLetterEntry::status).isEqualTo(DeadLetterStatus.RESOLVED);
    }

    @Test
    @DisplayName("seed 13: the program's 'cycle too soon' is not the token's failure: nothing is dead-lettered")
    void cycleTooSoonIsNotAFailure() {
        DeadLetterQueue q = queue();
        assertThat(q.recordFailure(TEST, new StepError("asdf:6003:CycleTooSoon", "CycleTooSoon", RetryClass.NOT_READY), T))
                .isEmpty();
        assertThat(q.entries(T)).isEmpty();
    }

    @Test
    @DisplayName("seed 14: network errors and invalid mints are failures that are dead-lettered")
    void realFailuresAreRecorded() {
        DeadLetterQueue q = queue();
        assertThat(q.recordFailure(TEST, new StepError("rpc:network", "Network error", RetryClass.TRANSIENT), T)).isPresent();
        assertThat(q.recordFailure(TestData.secondary(2, "X"), INVALID_MINT, T)).isPresent();
    }
}
