package dev.asdf.burnengine.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.testkit.EngineHarness;
import dev.asdf.burnengine.core.testkit.FakeChain;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.http.HttpSettings.ExplorerCluster;
import dev.asdf.burnengine.http.web.JsonCodec;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private static final Token ROOT = TestData.root(100, "ROOT");
    private static final Token A = TestData.secondary(1, "A");
    private static final Token B = TestData.secondary(2, "B");

    @Test
    void everyKindOfDomainEventHasItsOwnFeedTypeAndRenders() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A, B);
        var engine = h.start();
        h.chain.trade(ROOT, 60_000_000);
        h.chain.trade(A, 400_000_000);
        h.chain.trade(B, 250_000_000);
        h.chain.donate(1_000);
        h.chain.rejectOne("fee far above the vault delta");
        engine.trackFees();
        h.chain.script(B, FakeChain.Behaviour.FAIL_PERMANENT);
        engine.runCycle();
        h.chain.trade(A, 200_000_000);
        engine.trackFees();
        h.chain.withdrawFromVault(50_000_000);
        engine.runCycle();
        engine.pause(A.mint(), "x", "admin@test");
        engine.resume(A.mint(), "admin@test");
        engine.engageEmergencyStop("drill", "admin@test");

        Explorer explorer = new Explorer(ExplorerCluster.DEVNET);
        Set<Class<?>> seen = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (DomainEvent e : h.events.events()) {
            var payload = EventJson.of(e, explorer);
            assertThat(JsonCodec.toText(payload.data())).startsWith("{");
            seen.add(e.getClass());
            types.add(payload.type());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(Arrays.asList(DomainEvent.class.getPermittedSubclasses()));
        assertThat(types).hasSize(seen.size());
    }

    @Test
    void aFeeCarriesTheTokensPendingAfterTheCredit() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        var engine = h.start();
        h.chain.trade(A, 700);
        h.chain.trade(A, 300);
        engine.trackFees();
        DomainEvent.FeeCredited last = h.events.eventsOf(DomainEvent.FeeCredited.class).get(1);
        String json = JsonCodec.toText(EventJson.of(last, new Explorer(ExplorerCluster.NONE)).data());
        assertThat(json).contains("\"amountLamports\":300").contains("\"tokenPendingLamports\":1000");
    }
}
