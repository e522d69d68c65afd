package dev.asdf.burnengine.solana.jito;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.StepTip;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@DisplayName("Jito tips: read from the block engine, cached, paid from the fee payer")
class JitoTipsTest {
    private static final Lamports TIP = Lamports.of(10_000);
    private final List<Address> accounts = IntStream.range(0, 4)
            .mapToObj(i -> Ed25519Keypair.generate(new SecureRandom()).address()).toList();
    private final Address payer = Ed25519Keypair.generate(new SecureRandom()).address();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private FakeBlockEngine fake;
    private JitoBlockEngine engine;

    static RpcSettings quick(URI url) {
        return RpcSettings.defaults(List.of(url)).withTimings(Duration.ofSeconds(2), Duration.ofMillis(5),
                Duration.ofMillis(20), Duration.ofMillis(10), Duration.ofMillis(100));
    }

    @BeforeEach
    void start() {
        fake = FakeBlockEngine.start(null, accounts);
        engine = JitoBlockEngine.create(quick(fake.url()), fake.url(), new RpcMetrics(new SimpleMeterRegistry()));
    }

    @AfterEach
    void stop() {
        engine.close();
        fake.close();
    }

    private JitoTips tips() {
        return new JitoTips(engine, TIP, clock, new Random(7));
    }

    @Test
    @DisplayName("the tip is one System transfer of the configured lamports from the payer to a tip account")
    void theTipIsATransferOfTheConfiguredLamportsToATipAccount() {
        StepTip.Plan plan = tips().plan(payer);

        assertThat(plan).isInstanceOfSatisfying(StepTip.Plan.Ready.class, r -> {
            assertThat(r.instructions()).hasSize(1);
            Address to = r.instructions().get(0).accounts().get(1).address();
            assertThat(accounts).contains(to);
            assertThat(r.instructions().get(0)).isEqualTo(SystemInstructions.transfer(payer, to, TIP));
            assertThat(r.instructions().get(0).accounts().get(0)).isEqualTo(AccountMeta.writableSigner(payer));
        });
    }

    @Test
    @DisplayName("tip accounts are picked at random per transaction")
    void tipAccountsArePickedAtRandom() {
        JitoTips tips = tips();
        Set<Address> used = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            used.add(((StepTip.Plan.Ready) tips.plan(payer)).instructions().get(0).accounts().get(1).address());
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(accounts);
    }

    @Test
    @DisplayName("getTipAccounts is read once and again only after ten minutes")
    void theTipAccountsAreCachedForTenMinutes() {
        JitoTips tips = tips();
        tips.plan(payer);
        tips.plan(payer);
        clock.advance(JitoTips.REFRESH.minusSeconds(1));
        tips.plan(payer);
        assertThat(fake.calls("getTipAccounts")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        tips.plan(payer);
        assertThat(fake.calls("getTipAccounts")).isEqualTo(2);
    }

    @Test
    @DisplayName("a failed refresh keeps the last list of tip accounts")
    void aFailedRefreshKeepsTheLastList() {
        JitoTips tips = tips();
        tips.plan(payer);
        fake.tipAccountsDown(true);
        clock.advance(JitoTips.REFRESH.plusMinutes(1));

        assertThat(tips.plan(payer)).isInstanceOf(StepTip.Plan.Ready.class);
        assertThat(tips.recipients()).containsExactlyElementsOf(accounts);
    }

    @Test
    @DisplayName("without any tip account the tip is refused as transient, naming the block engine and the key")
    void withoutAnyTipAccountTheTipIsRefusedAsTransient() {
        fake.tipAccountsDown(true);

        StepTip.Plan plan = tips().plan(payer);

        assertThat(plan).isInstanceOfSatisfying(StepTip.Plan.Refused.class, r -> {
            assertThat(r.error().code()).isEqualTo("jito:no-tip-account");
            assertThat(r.error().retryClass()).isEqualTo(RetryClass.TRANSIENT);
            assertThat(r.error().message()).contains("http://127.0.0.1:" + fake.url().getPort() + "/…")
                    .contains("direct.jitoUrl").contains("nothing was signed or sent");
        });
    }
}
