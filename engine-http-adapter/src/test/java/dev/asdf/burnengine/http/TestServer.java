package dev.asdf.burnengine.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.StartResult;
import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.EventSink;
import dev.asdf.burnengine.core.testkit.EngineHarness;
import dev.asdf.burnengine.core.testkit.FakeChain;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.http.feed.WebSocketEventFeed;
import dev.asdf.burnengine.http.metrics.PrometheusEngineMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A real server on a random loopback port over a whole engine ({@link EngineHarness}'s fake chain and in-memory
 * ports), with the feed and the metrics composed into the engine's event sink as the daemon does, and a plain JDK
 * HTTP client held in a field.
 */
public final class TestServer implements AutoCloseable {
    public static final String TOKEN = "test-admin-token-0123456789abcdef";
    public static final Token ROOT = TestData.root(100, "ROOT");
    public static final Token A = TestData.secondary(1, "A");
    public static final Token B = TestData.secondary(2, "B");

    public final EngineHarness harness;
    public final BurnEngine engine;
    public final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    public final WebSocketEventFeed feed;
    public final TestHealth health = new TestHealth();
    public final VertxApiServer server;
    public final HttpSettings settings;
    public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer(Builder b) {
        harness = new EngineHarness().withTokens(b.tokens.toArray(Token[]::new));
        feed = new WebSocketEventFeed(harness.clock);
        PrometheusEngineMetrics metrics = new PrometheusEngineMetrics(registry, harness.clock);
        EventSink sinks = event -> {
            feed.publish(event);
            metrics.publish(event);
            harness.events.publish(event);
        };
        engine = BurnEngine.builder()
                .feeSource(harness.chain).chainState(harness.chain).cycleExecutor(b.executor.apply(harness.chain))
                .tokenDirectory(harness.chain).stateStore(harness.store).journal(harness.journal)
                .runLock(harness.lock).eventSink(sinks).notifier(harness.alerts).clock(harness.clock)
                .settings(EngineSettings.defaults("test-ecosystem"))
                .build();
        if (b.startEngine) {
            StartResult started = engine.start("http-adapter-test");
            if (!(started instanceof StartResult.Started)) {
                throw new AssertionError("engine did not start: " + started);
            }
        }
        HttpSettings s = HttpSettings.defaults().withPort(0).withEventLoops(1);
        if (b.admin) {
            s = s.withAdmin(HttpSettings.AdminAccess.tokenFile(writeToken()));
        }
        settings = b.customize.apply(s);
        server = new VertxApiServer(settings, engine, registry, health, feed, harness.clock);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static TestServer start() {
        return builder().build();
    }

    public static final class Builder {
        private final List<Token> tokens = new ArrayList<>(List.of(ROOT, A, B));
        private UnaryOperator<HttpSettings> customize = s -> s;
        private boolean admin = true;
        private boolean startEngine = true;
        private Function<FakeChain, CycleExecutor> executor = chain -> chain;

        public Builder tokens(Token... t) {
            tokens.clear();
            tokens.addAll(List.of(t));
            return this;
        }

        public Builder settings(UnaryOperator<HttpSettings> f) {
            this.customize = f;
            return this;
        }

        /** Wraps the fake chain's executor, e.g. to hold a cycle mid-step. */
        public Builder cycleExecutor(Function<FakeChain, CycleExecutor> f) {
            this.executor = f;
            return this;
        }

        public Builder adminDisabled() {
            this.admin = false;
            return this;
        }

        public Builder engineNotStarted() {
            this.startEngine = false;
            return this;
        }

        public TestServer build() {
            return new TestServer(this);
        }
    }

    /** Fees for every token, tracked: ROOT 60M, A 400M, B 250M lamports. */
    public TestServer withFees() {
        harness.chain.trade(ROOT, 60_000_000);
        harness.chain.trade(A, 400_000_000);
        harness.chain.trade(B, 250_000_000);
        engine.trackFees();
        return this;
    }

    /** Fees, then one completed cycle (three confirmed burns). */
    public TestServer withCompletedCycle() {
        withFees();
        engine.runCycle();
        return this;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.actualPort() + pathAndQuery);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postWithoutBody(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Clients connected to the feed, as its gauge shows them. */
    public int feedClients() {
        io.micrometer.core.instrument.Gauge g = registry.find("burn_engine_ws_clients").gauge();
        return g == null ? 0 : (int) g.value();
    }

    public void publish(DomainEvent event) {
        feed.publish(event);
    }

    private static Path writeToken() {
        try {
            Path dir = Files.createTempDirectory("burn-engine-http-test");
            Path file = dir.resolve("admin-token");
            Files.writeString(file, TOKEN + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        if (engine.isStarted()) {
            engine.stop("test finished");
        }
    }
}
