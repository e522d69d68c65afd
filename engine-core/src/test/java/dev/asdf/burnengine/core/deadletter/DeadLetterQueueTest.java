package dev.asdf.burnengine.core.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterQueueTest {
    private static final Instant T = Instant.parse("2026-11-28T12:00:00Z");
    private static final Token TEST = TestData.secondary(1, "TEST");
    private static final StepError PERMANENT = new StepError("x", "missing ATA", RetryClass.PERMANENT);

    @Test
    void anOperatorRetryLetsAGivenUpTokenRunAgainNow() {
        DeadLetterQueue q = new DeadLetterQueue(DeadLetterPolicy.defaults());
        q.recordFailure(TEST, PERMANENT, T);
        Instant later = T.plus(Duration.ofDays(3));
        assertThat(q.retryNow(TEST.mint(), later)).isTrue();
        assertThat(q.blockingReason(TEST.mint(), later)).isEmpty();
        assertThat(q.dueForRetry(later)).containsExactly(TEST.mint());
    }

    @Test
    void droppingAnEntryUnblocksTheToken() {
        DeadLetterQueue q = new DeadLetterQueue(DeadLetterPolicy.defaults());
        q.recordFailure(TEST, PERMANENT, T);
        assertThat(q.drop(TEST.mint())).isTrue();
        assertThat(q.blockingReason(TEST.mint(), T)).isEmpty();
        assertThat(q.drop(TEST.mint())).isFalse();
    }

    @Test
    void protocolDriftIsHandledByPausingNotByTheQueue() {
        DeadLetterQueue q = new DeadLetterQueue(DeadLetterPolicy.defaults());
        assertThat(q.recordFailure(TEST, new StepError("pump:6099", "?", RetryClass.PROTOCOL_DRIFT), T)).isEmpty();
    }

    @Test
    void entriesSurviveBeingRebuiltFromTheirList() {
        DeadLetterQueue q = new DeadLetterQueue(DeadLetterPolicy.defaults());
        q.recordFailure(TEST, PERMANENT, T);
        q.recordFailure(TestData.secondary(2, "B"), new StepError("y", "slow", RetryClass.TRANSIENT), T);
        DeadLetterQueue rebuilt = new DeadLetterQueue(DeadLetterPolicy.defaults(), q.toEntries());
        assertThat(rebuilt.entries(T)).containsExactlyInAnyOrderElementsOf(q.entries(T));
    }
}
