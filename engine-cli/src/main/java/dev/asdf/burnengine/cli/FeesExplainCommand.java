package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.fee.FeeRejection;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.feesource.ConfirmedTransactions;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.feesource.FeeAttributor;
import dev.asdf.burnengine.solana.feesource.FeeCredit;
import dev.asdf.burnengine.solana.feesource.FeeExplanation;
import dev.asdf.burnengine.solana.feesource.PoolDirectory;
import dev.asdf.burnengine.solana.feesource.RpcPoolDirectory;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.RpcUnavailableException;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code engine-cli fees explain <file|signature>}: what the fee source would credit for one transaction, through the
 * very code the live fee source runs ({@link FeeAttributor}).
 */
@Command(name = "explain", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = DecodeCommand.USAGE_ERROR,
        description = {"Explains one transaction the way the engine's fee source reads it: every fee event it would"
                + " credit (mint, lamports, event and inner-instruction index), the creator vaults' balance deltas, the"
                + " events it refuses and any unattributed remainder.",
            "<file> holds the result of getTransaction (encoding json or base64, the whole RPC answer or its 'result');"
                + " a signature is fetched from --rpc, else from rpc.endpoints of the configuration.",
            "Exit codes: 0 explained, 4 bad input, 5 the RPC could not be reached or does not have the transaction."})
final class FeesExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StateOptions state;

    @Parameters(index = "0", paramLabel = "<file|signature>",
            description = "A getTransaction result in a JSON file, or a transaction signature (base58).")
    String input;

    @Option(names = "--creator", paramLabel = "ADDRESS",
            description = "The creator whose vaults and events count (default: the ASDF program's dat_authority).")
    String creator;

    @Option(names = "--rpc", paramLabel = "URL", description = "The JSON-RPC endpoint to fetch the signature and pools from.")
    URI rpc;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Address creatorAddress;
        try {
            creatorAddress = creator == null ? AsdfAddresses.DAT_AUTHORITY : Address.parse(creator);
        } catch (IllegalArgumentException e) {
            err.println("engine-cli fees explain: --creator '" + creator + "' is not an address: " + e.getMessage());
            return ExitCode.CONFIGURATION_ERROR.code;
        }
        Path file = Path.of(input);
        boolean isFile = Files.isRegularFile(file);
        Optional<SolanaRpc> client = Optional.empty();
        try {
            if (rpc != null || !isFile) {
                RpcSettings settings = rpc != null ? RpcSettings.defaults(List.of(rpc))
                        : RpcSettings.from(state.tree().section("rpc"));
                client = Optional.of(new SolanaRpc(JsonRpcClient.create(settings, new RpcMetrics(new SimpleMeterRegistry()))));
            }
            JsonNode result = isFile ? readFile(file) : fetch(client.get(), err);
            if (result == null) {
                return isFile ? ExitCode.CONFIGURATION_ERROR.code : ExitCode.CHAIN_UNREACHABLE.code;
            }
            PoolDirectory pools = client.<PoolDirectory>map(RpcPoolDirectory::new).orElse(PoolDirectory.none());
            FeeExplanation explanation = new FeeAttributor(EcosystemVaults.of(creatorAddress), pools, 0)
                    .explain(ConfirmedTransactions.parse(result));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(render(explanation, EcosystemVaults.of(creatorAddress)).toPrettyString());
            } else {
                printText(explanation, EcosystemVaults.of(creatorAddress), client.isEmpty(), out);
            }
            out.flush();
            return ExitCode.OK.code;
        } catch (DecodingException | IllegalArgumentException e) {
            err.println("engine-cli fees explain: " + input + " is not a getTransaction result: " + e.getMessage());
            return ExitCode.CONFIGURATION_ERROR.code;
        } catch (RpcUnavailableException e) {
            err.println("engine-cli fees explain: " + e.getMessage());
            return ExitCode.CHAIN_UNREACHABLE.code;
        } finally {
            client.ifPresent(SolanaRpc::close);
        }
    }

    private JsonNode readFile(Path file) {
        try {
            JsonNode node = CliJson.readTree(file);
            return node.has("result") && node.has("jsonrpc") ? node.get("result") : node;
        } catch (IOException e) {
            spec.commandLine().getErr().println("engine-cli fees explain: cannot read " + file + " as JSON: " + e.getMessage());
            return null;
        }
    }

    private JsonNode fetch(SolanaRpc client, PrintWriter err) {
        TxSignature signature;
        try {
            signature = TxSignature.parse(input);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is neither a readable file nor a transaction signature ("
                    + e.getMessage() + ")", e);
        }
        Optional<JsonNode> found = client.transaction(signature);
        if (found.isEmpty()) {
            err.println("engine-cli fees explain: the RPC does not have transaction " + signature + " (at commitment "
                    + client.commitment().wire() + "); check the cluster, or wait until it is confirmed");
            return null;
        }
        return found.get();
    }

    private static void printText(FeeExplanation e, EcosystemVaults vaults, boolean offline, PrintWriter out) {
        out.println("transaction " + e.signature() + " at slot " + e.slot() + (e.failed() ? " FAILED: credits nothing" : ""));
        out.println("vault deltas: bonding curve " + vaults.curveVault() + " " + signed(e.vaultDeltas().get(FeeVault.BONDING_CURVE))
                + " lamports, PumpSwap " + vaults.ammVault() + " " + signed(e.vaultDeltas().get(FeeVault.AMM)) + " lamports");
        if (e.credits().isEmpty()) {
            out.println("credits: none");
        }
        for (FeeCredit c : e.credits()) {
            out.println("credit " + c.mint() + " " + c.lamports() + " lamports (" + c.vault() + ", " + c.eventName()
                    + " at inner instruction " + c.id().index() + ", from " + c.source() + ")");
        }
        for (FeeRejection r : e.rejections()) {
            out.println("rejected event " + r.id().index() + ": " + r.reason());
        }
        for (UnattributedDeposit u : e.unattributed()) {
            out.println("unattributed " + u.amount().value() + " lamports in the " + u.vault() + " vault: " + u.reason());
        }
        if (offline) {
            out.println("(offline: PumpSwap pools were not read; pass --rpc URL to credit swap events to their mints)");
        }
    }

    private static String signed(Long v) {
        return v == null ? "0" : (v > 0 ? "+" + v : v.toString());
    }

    private static ObjectNode render(FeeExplanation e, EcosystemVaults vaults) {
        ObjectNode root = CliJson.object();
        root.put("signature", e.signature().toString());
        root.put("slot", e.slot());
        root.put("failed", e.failed());
        ObjectNode deltas = root.putObject("vaultDeltas");
        deltas.putObject("bondingCurve").put("vault", vaults.curveVault().toString())
                .put("lamports", e.vaultDeltas().getOrDefault(FeeVault.BONDING_CURVE, 0L));
        deltas.putObject("amm").put("vault", vaults.ammVault().toString())
                .put("lamports", e.vaultDeltas().getOrDefault(FeeVault.AMM, 0L));
        ArrayNode credits = root.putArray("credits");
        for (FeeCredit c : e.credits()) {
            credits.addObject().put("mint", c.mint().toString()).put("lamports", c.lamports()).put("vault", c.vault().name())
                    .put("event", c.eventName()).put("innerInstructionIndex", c.id().index()).put("source", c.source());
        }
        ArrayNode rejected = root.putArray("rejected");
        for (FeeRejection r : e.rejections()) {
            rejected.addObject().put("index", r.id().index()).put("reason", r.reason());
        }
        ArrayNode unattributed = root.putArray("unattributed");
        for (UnattributedDeposit u : e.unattributed()) {
            unattributed.addObject().put("vault", u.vault().name()).put("lamports", u.amount().value()).put("reason", u.reason());
        }
        return root;
    }
}
