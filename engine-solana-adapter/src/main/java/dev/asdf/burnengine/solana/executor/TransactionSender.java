package dev.asdf.burnengine.solana.executor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.solana.feesource.ConfirmedTransactions;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.RpcUnavailableException;
import dev.asdf.burnengine.solana.rpc.SignatureStatus;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import dev.asdf.burnengine.solana.rpc.SolanaSubscriptions;
import dev.asdf.burnengine.solana.rpc.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Lands one signed transaction (peers-and-user-needs §3.1): sends the bytes (on the RPC endpoints with
 * {@code maxRetries: 0} and {@code skipPreflight}), rebroadcasts the same bytes every {@code rpc.send.rebroadcastInterval} until the signature
 * reaches the commitment, fails, or its blockhash expires (block height above {@code lastValidBlockHeight}, checked
 * once more with history search), and never signs anything. A signature notification, when a WebSocket is up, only
 * ends a wait early. How the bytes are sent is the {@link TransactionSubmission}'s (the RPC endpoints or a Jito
 * bundle); a submission that knows its last send was lost gets the same bytes again at once.
 */
final class TransactionSender {
    private final SolanaRpc rpc;
    private final TransactionSubmission submission;
    private final Optional<SolanaSubscriptions> live;
    private final RpcSettings settings;
    private final RpcMetrics metrics;
    private final Clock clock;

    TransactionSender(SolanaRpc rpc, TransactionSubmission submission, Optional<SolanaSubscriptions> live,
            RpcMetrics metrics, Clock clock) {
        this.rpc = rpc;
        this.submission = submission;
        this.live = live;
        this.settings = rpc.client().settings();
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * @param readOutcome turns the confirmed transaction's JSON into the step's outcome
     * @param sendFirst whether to send before the first status check (false when resolving after a restart, which
     *     looks first and sends only while the transaction can still land)
     * @throws RpcUnavailableException when the chain could not be read for {@code rpc.send.giveUpAfter}; the
     *     outcome is then unknown and the engine resolves it later
     */
    StepOutcome land(PreparedTransaction tx, boolean sendFirst, Function<JsonNode, StepOutcome> readOutcome) {
        long started = System.nanoTime();
        TxSignature signature = tx.signature();
        // a notification ends one wait only: a latch, once counted down, would turn every later wait (e.g. while the
        // status cannot be read) into a busy loop against the endpoints until rpc.send.giveUpAfter
        Semaphore notified = new Semaphore(0);
        Subscription subscription = live.map(ws -> ws.signature(signature, n -> notified.release())).orElse(null);
        TransactionSubmission.Channel channel = submission.open(tx);
        try {
            Instant lastHeard = clock.instant();
            long lastSentNanos = System.nanoTime() - settings.rebroadcastInterval().toNanos() - 1;
            if (sendFirst) {
                lastSentNanos = send(channel);
            }
            RuntimeException lastFailure = null;
            while (true) {
                try {
                    Optional<SignatureStatus> status = rpc.signatureStatuses(List.of(signature), !sendFirst).get(0);
                    lastHeard = clock.instant();
                    if (status.isPresent() && (status.get().failed()
                            || settings.commitment().isReachedBy(status.get().confirmationStatus()))) {
                        Optional<StepOutcome> outcome = read(signature, readOutcome);
                        if (outcome.isPresent()) {
                            metrics.count("tx_outcomes", "outcome", outcome.get().getClass().getSimpleName(), 1);
                            metrics.time("tx_land", Duration.ofNanos(System.nanoTime() - started));
                            return outcome.get();
                        }
                    } else if (status.isEmpty() && rpc.blockHeight() > tx.lastValidBlockHeight()) {
                        Optional<SignatureStatus> last = rpc.signatureStatuses(List.of(signature), true).get(0);
                        if (last.isEmpty()) {
                            metrics.count("tx_outcomes", "outcome", "Expired", 1);
                            return new StepOutcome.Expired(signature);
                        }
                        continue;
                    } else if (status.isEmpty()
                            && (System.nanoTime() - lastSentNanos >= settings.rebroadcastInterval().toNanos()
                            || channel.lost())) {
                        lastSentNanos = send(channel);
                    }
                } catch (RpcUnavailableException e) {
                    lastFailure = e;
                    if (Duration.between(lastHeard, clock.instant()).compareTo(settings.giveUpAfter()) > 0) {
                        throw new RpcUnavailableException("transaction " + signature + " was sent but the chain could not"
                                + " be read for " + settings.giveUpAfter() + " (rpc.send.giveUpAfter); its outcome is"
                                + " unknown and is resolved from chain later", lastFailure);
                    }
                }
                awaitQuietly(notified);
            }
        } finally {
            if (subscription != null) {
                subscription.close();
            }
        }
    }

    /** Sends the bytes once; a refusal goes on to the rebroadcast (the status decides, not the send). */
    private static long send(TransactionSubmission.Channel channel) {
        long now = System.nanoTime();
        channel.send();
        return now;
    }

    private Optional<StepOutcome> read(TxSignature signature, Function<JsonNode, StepOutcome> readOutcome) {
        Optional<JsonNode> json = rpc.transaction(signature);
        return json.map(readOutcome);
    }

    private void awaitQuietly(Semaphore notified) {
        try {
            notified.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcUnavailableException("interrupted while waiting for a transaction to land", e);
        }
    }

    static StepOutcome parseAndRead(JsonNode json, StepAccounts accounts) {
        return OutcomeReader.read(ConfirmedTransactions.parse(json), accounts);
    }
}
