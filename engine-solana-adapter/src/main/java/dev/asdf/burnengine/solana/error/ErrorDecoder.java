package dev.asdf.burnengine.solana.error;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.RetryClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a transaction error into a named {@link ProgramError} with a retry class.
 *
 * <p>Public: the executor and the dead-letter policy decide with it. The failing program is the innermost one that
 * logged {@code Program <id> failed} (a pump error inside an ASDF instruction is pump's), else the program of the
 * failing top-level instruction; its table names the code.
 */
public final class ErrorDecoder {
    private static final Set<String> TRANSIENT_TRANSACTION_ERRORS = Set.of("BlockhashNotFound", "AlreadyProcessed",
            "AccountInUse", "AccountLoadedTwice", "WouldExceedMaxBlockCostLimit", "WouldExceedMaxAccountCostLimit",
            "WouldExceedAccountDataBlockLimit", "WouldExceedAccountDataTotalLimit", "WouldExceedMaxVoteCostLimit",
            "TooManyAccountLocks", "ClusterMaintenance", "UnbalancedTransaction", "ProgramCacheHitMaxLimit");
    private static final Set<String> PERMANENT_TRANSACTION_ERRORS = Set.of("AccountNotFound",
            "InsufficientFundsForFee", "InsufficientFundsForRent", "SignatureFailure", "InvalidAccountForFee",
            "InvalidAccountIndex", "ProgramAccountNotFound", "InvalidProgramForExecution", "SanitizeFailure",
            "MissingSignatureForFee", "InvalidWritableAccount", "AddressLookupTableNotFound",
            "InvalidAddressLookupTableOwner", "InvalidAddressLookupTableData", "InvalidAddressLookupTableIndex",
            "DuplicateInstruction", "InvalidRentPayingAccount", "MaxLoadedAccountsDataSizeExceeded",
            "InvalidLoadedAccountsDataSizeLimit", "ResanitizationNeeded", "UnsupportedVersion",
            "InsufficientFundsForRentPayer", "CommitCancelled");
    private static final Map<String, RetryClass> BUILT_IN_CLASSES = Map.of(
            "NotEnoughAccountKeys", RetryClass.PROTOCOL_DRIFT,
            "AccountNotEnoughKeys", RetryClass.PROTOCOL_DRIFT,
            "InvalidInstructionData", RetryClass.PROTOCOL_DRIFT,
            "MissingRequiredSignature", RetryClass.PERMANENT,
            "ComputationalBudgetExceeded", RetryClass.PERMANENT,
            "ProgramFailedToComplete", RetryClass.PERMANENT,
            "InsufficientFunds", RetryClass.PERMANENT);

    private ErrorDecoder() {}

    /**
     * @param instructionPrograms the program id of each top-level instruction of the failed transaction
     * @param logs the transaction's log lines (may be empty)
     */
    public static ProgramError decode(TransactionError error, List<Address> instructionPrograms, List<String> logs) {
        if (error instanceof TransactionError.TransactionFailed tx) {
            return transactionLevel(tx);
        }
        TransactionError.InstructionFailed failed = (TransactionError.InstructionFailed) error;
        Address program = failingProgram(logs).orElseGet(() -> failed.instructionIndex() < instructionPrograms.size()
                ? instructionPrograms.get(failed.instructionIndex()) : null);
        String where = "instruction " + failed.instructionIndex();
        if (program == null) {
            return new ProgramError("unknown", failed.kind() instanceof InstructionErrorKind.Custom c ? c.code() : -1,
                    kindName(failed.kind()), where + " failed with " + kindName(failed.kind()) + " but the transaction"
                    + " has only " + instructionPrograms.size() + " instructions, so its program is unknown;"
                    + " check that the error belongs to this transaction", RetryClass.PROTOCOL_DRIFT);
        }
        ErrorCatalog.Program table = ErrorCatalog.program(program);
        String label = table == null ? program.toString() : table.label();
        if (failed.kind() instanceof InstructionErrorKind.Custom custom) {
            ErrorCatalog.Entry entry = table == null ? null : table.codes().get(custom.code());
            if (entry == null) {
                return new ProgramError(label, custom.code(), "Unknown", where + " (" + label + ") failed with custom"
                        + " error " + custom.code() + " (0x" + Long.toHexString(custom.code()) + "), which the "
                        + (table == null ? "engine has no table for this program" : label + " profile does not know")
                        + "; the program may have been upgraded: pause the token and compare its IDL with the profile",
                        RetryClass.PROTOCOL_DRIFT);
            }
            return new ProgramError(label, custom.code(), entry.name(), where + " (" + label + ") failed: "
                    + entry.name() + (entry.message().isEmpty() ? "" : " — " + entry.message()) + advice(
                    entry.retryClass()), entry.retryClass());
        }
        InstructionErrorKind.BuiltIn builtIn = (InstructionErrorKind.BuiltIn) failed.kind();
        RetryClass retry = BUILT_IN_CLASSES.getOrDefault(builtIn.name(), RetryClass.PERMANENT);
        return new ProgramError(label, -1, builtIn.name(), where + " (" + label + ") failed: " + builtIn.name()
                + (builtIn.detail().isEmpty() ? "" : " " + builtIn.detail()) + advice(retry), retry);
    }

    private static ProgramError transactionLevel(TransactionError.TransactionFailed tx) {
        RetryClass retry = TRANSIENT_TRANSACTION_ERRORS.contains(tx.name()) ? RetryClass.TRANSIENT
                : PERMANENT_TRANSACTION_ERRORS.contains(tx.name()) ? RetryClass.PERMANENT : RetryClass.PROTOCOL_DRIFT;
        String message = switch (tx.name()) {
            case "BlockhashNotFound" -> "the blockhash expired or is unknown to this node; rebuild with a fresh one";
            case "AlreadyProcessed" -> "this exact transaction already landed; look it up by signature, do not rebuild";
            case "InsufficientFundsForFee" -> "the fee payer cannot pay the fee; fund it";
            default -> "the transaction failed: " + tx.name() + (tx.detail().isEmpty() ? "" : " " + tx.detail())
                    + advice(retry);
        };
        return new ProgramError("tx", -1, tx.name(), message, retry);
    }

    private static String advice(RetryClass retry) {
        return switch (retry) {
            case TRANSIENT -> "; retry later";
            case PERMANENT -> "; retrying the same step cannot help, an operator must act";
            case PROTOCOL_DRIFT -> "; the program no longer matches the engine's profile: pause and update the profile";
            case NOT_READY -> "; the program refused for now, the next cycle runs it";
        };
    }

    private static String kindName(InstructionErrorKind kind) {
        return kind instanceof InstructionErrorKind.Custom c ? "Custom(" + c.code() + ")"
                : ((InstructionErrorKind.BuiltIn) kind).name();
    }

    /** The first {@code Program <id> failed} line: the innermost program, since failures propagate outwards. */
    static Optional<Address> failingProgram(List<String> logs) {
        for (String line : logs) {
            if (line.startsWith("Program ") && line.contains(" failed")) {
                int end = line.indexOf(' ', 8);
                if (end > 8) {
                    try {
                        return Optional.of(Address.parse(line.substring(8, end)));
                    } catch (IllegalArgumentException notAnAddress) {
                        continue;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
