package dev.asdf.burnengine.solana.jito;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.executor.StepTip;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.rpc.RpcErrorResponse;
import dev.asdf.burnengine.solana.rpc.RpcUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tip of a Jito bundle: a System transfer of {@code direct.jitoTipLamports} from the fee payer to one of the block
 * engine's tip accounts, picked at random per transaction (as Jito asks, to spread write locks). The accounts are read
 * with {@code getTipAccounts} and kept for {@link #REFRESH}; a failed read keeps the last list. With no list at all
 * the step is refused as transient: nothing is signed or sent.
 */
public final class JitoTips implements StepTip {
    static final Duration REFRESH = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(JitoTips.class);
    private final JitoBlockEngine engine;
    private final Lamports tip;
    private final Clock clock;
    private final RandomGenerator random;
    private List<Address> accounts = List.of();
    private Instant readAt = Instant.MIN;

    public JitoTips(JitoBlockEngine engine, Lamports tip, Clock clock, RandomGenerator random) {
        this.engine = engine;
        this.tip = tip;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Plan plan(Address payer) {
        List<Address> current = recipients();
        if (current.isEmpty()) {
            return new Plan.Refused(new StepError("jito:no-tip-account", "the Jito block engine " + engine.name()
                    + " gave no tip account (getTipAccounts), so the bundle's tip cannot be paid; nothing was signed or"
                    + " sent and the step is retried later (check direct.jitoUrl and the block engine's status)",
                    RetryClass.TRANSIENT));
        }
        Address to = current.get(random.nextInt(current.size()));
        return new Plan.Ready(List.of(SystemInstructions.transfer(payer, to, tip)));
    }

    @Override
    public synchronized List<Address> recipients() {
        if (accounts.isEmpty() || !clock.instant().isBefore(readAt.plus(REFRESH))) {
            try {
                List<Address> read = engine.tipAccounts();
                if (!read.isEmpty()) {
                    accounts = List.copyOf(read);
                    readAt = clock.instant();
                }
            } catch (RpcErrorResponse | RpcUnavailableException | IllegalArgumentException e) {
                LOG.warn("reading the tip accounts of the Jito block engine {} failed ({}); {}", engine.name(),
                        e.getMessage(), accounts.isEmpty() ? "no step can be sent until it answers"
                                : "the previous list is used");
            }
        }
        return accounts;
    }

    /** Forgets the list so the next step reads it again (after the block engine refused a bundle). */
    synchronized void refresh() {
        readAt = Instant.MIN;
    }
}
