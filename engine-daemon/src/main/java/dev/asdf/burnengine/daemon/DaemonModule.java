package dev.asdf.burnengine.daemon;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.alert.AlertThrottle;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.EventSink;
import dev.asdf.burnengine.core.port.Journal;
import dev.asdf.burnengine.core.port.Notifier;
import dev.asdf.burnengine.http.VertxApiServer;
import dev.asdf.burnengine.http.alert.WebhookNotifier;
import dev.asdf.burnengine.http.feed.WebSocketEventFeed;
import dev.asdf.burnengine.http.metrics.PrometheusEngineMetrics;
import dev.asdf.burnengine.persistence.FilePersistence;
import dev.asdf.burnengine.persistence.StateDirectory;
import dev.asdf.burnengine.solana.ChainConnection;
import dev.asdf.burnengine.solana.ChainConnections;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the daemon from one configuration: every provider calls an adapter's plain entry point. Nothing here
 * decides anything; the order of construction is the order of the arrows between the providers.
 */
final class DaemonModule extends AbstractModule {
    private final DaemonSettings settings;

    DaemonModule(DaemonSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(DaemonSettings.class).toInstance(settings);
        bind(Clock.class).toInstance(Clock.systemUTC());
    }

    @Provides
    @Singleton
    PrometheusMeterRegistry meters() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    @Provides
    @Singleton
    FilePersistence files(Clock clock, PrometheusMeterRegistry meters) {
        return FilePersistence.open(settings.stateDir(), settings.persistence(), clock, meters);
    }

    @Provides
    @Singleton
    ChainConnection chain(FilePersistence files, Clock clock, PrometheusMeterRegistry meters) {
        return ChainConnections.open(settings.solana(), files.root().resolve(StateDirectory.SANDBOX),
                clock, meters);
    }

    @Provides
    @Singleton
    WebSocketEventFeed feed(Clock clock) {
        return new WebSocketEventFeed(clock);
    }

    @Provides
    @Singleton
    PrometheusEngineMetrics engineMetrics(PrometheusMeterRegistry meters, Clock clock) {
        return new PrometheusEngineMetrics(meters, clock);
    }

    @Provides
    @Singleton
    DaemonHealth health(ChainConnection chain, Clock clock) {
        return new DaemonHealth(chain, clock, settings.timers().feePollInterval());
    }

    @Provides
    @Singleton
    Notifier notifier(Clock clock) {
        List<Notifier> targets = new ArrayList<>(List.of(new LoggingNotifier()));
        if (!settings.webhooks().isEmpty()) {
            targets.add(new WebhookNotifier(settings.webhooks()));
        }
        return new AlertThrottle(alert -> targets.forEach(n -> n.notify(alert)), settings.timers().alertCooldown(), clock);
    }

    /** A binding of its own so a test harness can observe every append (Modules.override) without copying the engine. */
    @Provides
    @Singleton
    Journal journal(FilePersistence files) {
        return files.journal();
    }

    /** A binding of its own for the same reason as {@link #journal}. */
    @Provides
    @Singleton
    CycleExecutor cycleExecutor(ChainConnection chain) {
        return chain.cycleExecutor();
    }

    @Provides
    @Singleton
    BurnEngine engine(FilePersistence files, ChainConnection chain, Journal journal, CycleExecutor executor,
            WebSocketEventFeed feed, PrometheusEngineMetrics metrics, DaemonHealth health, Notifier notifier,
            Clock clock) {
        EngineSettings engineSettings = settings.engine()
                .withFingerprint(settings.solana().fingerprint());
        return BurnEngine.builder()
                .feeSource(chain.feeSource())
                .chainState(chain.chainState())
                .cycleExecutor(executor)
                .tokenDirectory(chain.tokenDirectory())
                .journal(journal)
                .stateStore(files.stateStore())
                .runLock(files.runLock())
                .eventSink(EventSink.all(feed, metrics, health))
                .notifier(notifier)
                .clock(clock)
                .settings(engineSettings)
                .build();
    }

    @Provides
    @Singleton
    VertxApiServer http(BurnEngine engine, PrometheusMeterRegistry meters, DaemonHealth health, WebSocketEventFeed feed,
            Clock clock) {
        return new VertxApiServer(settings.http(), engine, meters, health, feed, clock);
    }
}
