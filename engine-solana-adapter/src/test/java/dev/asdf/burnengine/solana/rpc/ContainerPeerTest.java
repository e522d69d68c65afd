package dev.asdf.burnengine.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The client against a peer in a container, where a Docker engine runs: the LiteSVM facade from the image that
 * {@code src/test/litesvm/build-image.sh} builds locally ({@code -Dlitesvm.image}, default
 * {@code local/asdf-litesvm-rpc:1}), or any {@code solana-test-validator} image named by {@code -Dsolana.validator.image}
 * (it must answer JSON-RPC on 8899 and PubSub on 8900 of the host network). Skipped, saying why, without Docker or
 * without the image: no registry is reachable, so nothing is ever pulled.
 */
class ContainerPeerTest {
    private static final String FACADE_IMAGE = System.getProperty("litesvm.image", "local/asdf-litesvm-rpc:1");
    private static final String VALIDATOR_IMAGE = System.getProperty("solana.validator.image", "");

    private static void assumeImage(String image) {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        Assumptions.assumeTrue(docker, "no Docker engine is reachable (install docker.io and start dockerd, and set"
                + " TESTCONTAINERS_RYUK_DISABLED=true and TESTCONTAINERS_HOST_OVERRIDE=localhost; docs/rpc-adapter.md)");
        boolean present;
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            present = true;
        } catch (RuntimeException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "image " + image + " is not built on this machine and no registry is reachable;"
                + " build it with engine-solana-adapter/src/test/litesvm/build-image.sh");
    }

    @Test
    void the_client_talks_to_the_litesvm_facade_in_a_container() throws Exception {
        assumeImage(FACADE_IMAGE);
        int port = freePort();
        try (GenericContainer<?> facade = new GenericContainer<>(DockerImageName.parse(FACADE_IMAGE))
                .withNetworkMode("host").withCommand(Integer.toString(port))
                .waitingFor(Wait.forLogMessage(".*\"http\".*\\n", 1).withStartupTimeout(Duration.ofSeconds(60)))) {
            facade.start();
            exercise(URI.create("http://127.0.0.1:" + port), URI.create("ws://127.0.0.1:" + (port + 1)));
        }
    }

    @Test
    void the_client_talks_to_a_solana_test_validator_image() throws Exception {
        Assumptions.assumeFalse(VALIDATOR_IMAGE.isBlank(), "no -Dsolana.validator.image given (no validator image can be"
                + " pulled here; name one that is present locally)");
        assumeImage(VALIDATOR_IMAGE);
        try (GenericContainer<?> validator = new GenericContainer<>(DockerImageName.parse(VALIDATOR_IMAGE))
                .withNetworkMode("host")) {
            validator.start();
            URI http = URI.create("http://127.0.0.1:8899");
            waitHealthy(http);
            exercise(http, URI.create("ws://127.0.0.1:8900"));
        }
    }

    private static void exercise(URI http, URI ws) throws Exception {
        RpcSettings settings = RpcSettings.defaults(List.of(http)).withEndpoints(List.of(http), List.of(ws));
        try (JsonRpcClient client = JsonRpcClient.create(settings, new RpcMetrics(new SimpleMeterRegistry()));
                SolanaSubscriptions live = SolanaSubscriptions.start(client)) {
            SolanaRpc rpc = new SolanaRpc(client);
            waitHealthy(http);
            Address target = Ed25519Keypair.generate(new SecureRandom()).address();
            Semaphore changed = new Semaphore(0);
            live.account(target, n -> changed.release());
            for (int i = 0; i < 500 && !live.allConfirmed(); i++) {
                Thread.sleep(10);
            }
            assertThat(rpc.latestBlockhash().lastValidBlockHeight()).isPositive();
            client.call("requestAirdrop", target.toString(), 1_000_000_000L);
            assertThat(changed.tryAcquire(60, TimeUnit.SECONDS)).as("account notification for the airdrop").isTrue();
            assertThat(rpc.balance(target)).isEqualTo(1_000_000_000L);
        }
    }

    private static void waitHealthy(URI http) throws InterruptedException {
        try (JsonRpcClient client = JsonRpcClient.create(RpcSettings.defaults(List.of(http)),
                new RpcMetrics(new SimpleMeterRegistry()))) {
            for (int i = 0; i < 120; i++) {
                try {
                    if ("ok".equals(client.call("getHealth").asText())) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the peer at " + http + " never reported healthy");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
