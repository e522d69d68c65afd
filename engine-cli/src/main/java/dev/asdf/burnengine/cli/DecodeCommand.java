package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.describe.DescriptionJson;
import dev.asdf.burnengine.solana.describe.DescriptionText;
import dev.asdf.burnengine.solana.describe.TransactionDescriber;
import dev.asdf.burnengine.solana.describe.TransactionDescription;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code engine-cli decode <tx>}: shows what a wire transaction does, so an operator can read it before it is sent. */
@Command(name = "decode", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = DecodeCommand.USAGE_ERROR,
        description = {"Decodes a wire transaction (base64 or base58): its accounts and each instruction by program"
                + " and name, with arguments decoded from the ASDF, pump, PumpSwap and pump-fee IDLs.",
                "Exit codes: 0 decoded, 4 the input is not a transaction (or a usage error)."})
final class DecodeCommand implements Callable<Integer> {
    /** {@link ExitCode#CONFIGURATION_ERROR}, as the compile-time constant an annotation needs. */
    static final int USAGE_ERROR = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<base64|base58 tx>",
            description = "The transaction as sent to sendTransaction: base64 (or base58).")
    String transaction;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        byte[] wire;
        TransactionDescription description;
        try {
            wire = TransactionDescriber.parseEncoded(transaction);
            description = new TransactionDescriber(ProgramProfiles.current()).describe(wire);
        } catch (IllegalArgumentException | DecodingException e) {
            spec.commandLine().getErr().println("engine-cli decode: cannot decode the transaction: " + e.getMessage());
            return ExitCode.CONFIGURATION_ERROR.code;
        }
        spec.commandLine().getOut().print(json ? DescriptionJson.render(description) + System.lineSeparator()
                : DescriptionText.render(description));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code;
    }
}
