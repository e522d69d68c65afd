package dev.asdf.burnengine.http.bench;

import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.http.HttpSettings;
import dev.asdf.burnengine.http.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A server over an engine with a realistic amount of state for the benchmarks: a root and 30 secondaries, a day of
 * fees and 12 cycles two hours apart (so /fees renders 31 tokens and the dashboard has a history to draw).
 */
final class SeededServer {
    static final int SECONDARIES = 30;

    private SeededServer() {}

    static TestServer start(UnaryOperator<HttpSettings> settings) {
        List<Token> tokens = new ArrayList<>();
        tokens.add(TestServer.ROOT);
        for (int i = 1; i <= SECONDARIES; i++) {
            tokens.add(TestData.secondary(i, "T" + i));
        }
        TestServer s = TestServer.builder().tokens(tokens.toArray(Token[]::new)).settings(settings).build();
        Random random = new Random(42);
        for (int cycle = 0; cycle < 12; cycle++) {
            for (Token t : tokens) {
                s.harness.chain.trade(t, 20_000_000L + random.nextInt(200_000_000));
            }
            s.engine.trackFees();
            s.engine.runCycle();
            s.harness.clock.advance(Duration.ofHours(2));
        }
        for (Token t : tokens) {
            s.harness.chain.trade(t, 1_000_000L + random.nextInt(50_000_000));
        }
        s.engine.trackFees();
        return s;
    }
}
