package dev.asdf.burnengine.daemon;

import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.port.EventSink;
import dev.asdf.burnengine.http.EngineHealth;
import dev.asdf.burnengine.solana.ChainConnection;
import dev.asdf.burnengine.solana.ChainHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The daemon's own knowledge of its health, for {@code /ready} and {@code /health}: start-up facts set once, component
 * states refreshed by the daemon's timer and by fee polls. Reads return cached values at once (the HTTP adapter calls
 * them on its event loop).
 */
final class DaemonHealth implements EngineHealth, EventSink {
    private final ChainConnection chain;
    private final Clock clock;
    private final Duration stalePollAfter;
    private volatile boolean stateLoaded;
    private volatile boolean journalVerified;
    private volatile boolean chainReachable;
    private volatile String chainProblem = "the chain has not been read yet";
    private volatile Instant lastCaughtUpPoll = Instant.EPOCH;
    private volatile String lastPollError = "";
    private final AtomicReference<List<Component>> components = new AtomicReference<>(List.of());

    DaemonHealth(ChainConnection chain, Clock clock, Duration feePollInterval) {
        this.chain = chain;
        this.clock = clock;
        this.stalePollAfter = feePollInterval.multipliedBy(6).plusMinutes(1);
    }

    void started(boolean journalOk) {
        stateLoaded = true;
        journalVerified = journalOk;
    }

    void chainReached(boolean reached, String problem) {
        chainReachable = reached;
        chainProblem = problem;
        refresh();
    }

    /** Recomputes the component list; the daemon's timer calls it. */
    void refresh() {
        List<Component> list = new ArrayList<>();
        for (ChainHealth h : chain.health()) {
            list.add(new Component(h.name(), Status.valueOf(h.status().name()), h.detail()));
        }
        Instant now = clock.instant();
        if (lastCaughtUpPoll.equals(Instant.EPOCH)) {
            list.add(new Component("fee-source", Status.DEGRADED, "no caught-up poll yet"
                    + (lastPollError.isEmpty() ? "" : "; last error: " + lastPollError)));
        } else {
            Duration since = Duration.between(lastCaughtUpPoll, now);
            boolean stale = since.compareTo(stalePollAfter) > 0;
            list.add(new Component("fee-source", stale ? Status.DEGRADED : Status.UP, stale
                    ? "no caught-up poll for " + since.toSeconds() + " s" + (lastPollError.isEmpty() ? "" : "; last error: "
                    + lastPollError) : "caught up " + since.toSeconds() + " s ago"));
        }
        components.set(List.copyOf(list));
    }

    @Override
    public void publish(DomainEvent event) {
        if (event instanceof DomainEvent.FeesPolled polled) {
            if (polled.caughtUp() && polled.error().isEmpty()) {
                lastCaughtUpPoll = polled.at();
                lastPollError = "";
            } else if (!polled.error().isEmpty()) {
                lastPollError = polled.error();
            }
        }
    }

    @Override
    public Readiness readiness() {
        String detail = !stateLoaded ? "the engine is still loading its state"
                : !journalVerified ? "the journal has not been verified"
                : !chainReachable ? chainProblem : "";
        return new Readiness(stateLoaded, journalVerified, chainReachable, detail);
    }

    @Override
    public List<Component> components() {
        return components.get();
    }
}
