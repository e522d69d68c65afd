package dev.asdf.burnengine.http;

import java.util.List;
import java.util.Objects;

/**
 * What the process knows about its own health that the engine's state does not show: whether start-up finished
 * (state loaded, journal verified) and how the components outside the core are doing (RPC endpoints and their circuit
 * breakers, the fee source, the disk). The daemon implements it from what its adapters report; the HTTP adapter only
 * presents it on {@code /ready}, {@code /health} and the dashboard.
 *
 * <p>Both methods are called on an event-loop thread for every health request: they must return cached values at
 * once, never do I/O or wait for a lock held across I/O.
 */
public interface EngineHealth {

    /** Whether the engine may serve traffic now; {@code /ready} answers 200 only when {@link Readiness#ready()}. */
    Readiness readiness();

    /** The health of each component, in display order; empty when there is nothing beyond the engine itself. */
    List<Component> components();

    /**
     * The three start-up facts an orchestrator waits for before routing traffic or starting a second replica.
     *
     * @param detail what is missing, in words an operator can act on; empty when ready
     */
    record Readiness(boolean stateLoaded, boolean journalVerified, boolean chainReachable, String detail) {
        public Readiness {
            Objects.requireNonNull(detail, "detail");
        }

        public boolean ready() {
            return stateLoaded && journalVerified && chainReachable;
        }
    }

    /**
     * One component's health.
     *
     * @param name stable identifier, e.g. {@code rpc:helius} or {@code fee-source}
     * @param detail what is wrong and what to do, or a short summary when up (latency, breaker state)
     */
    record Component(String name, Status status, String detail) {
        public Component {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status of component " + name);
            Objects.requireNonNull(detail, "detail of component " + name);
        }
    }

    /** A component's condition; {@code /health} is unhealthy (503) when any component is DOWN. */
    enum Status {
        UP,
        DEGRADED,
        DOWN
    }
}
