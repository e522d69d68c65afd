package dev.asdf.burnengine.solana.describe;

import java.util.List;

/**
 * What a transaction does, for people: its accounts and each instruction by program and name with decoded arguments.
 *
 * <p>Public: the CLI's {@code decode} prints it as text ({@link DescriptionText}) or JSON ({@link DescriptionJson}).
 *
 * @param version {@code legacy} or {@code v0}
 * @param sizeBytes the wire length
 * @param signaturesValid whether every signature verifies (all-zero signatures of an unsigned transaction do not)
 */
public record TransactionDescription(String version, int sizeBytes, List<String> signatures, boolean signaturesValid,
        String recentBlockhash, List<AccountEntry> accounts, List<Lookup> lookups,
        List<InstructionEntry> instructions) {
    public TransactionDescription {
        signatures = List.copyOf(signatures);
        accounts = List.copyOf(accounts);
        lookups = List.copyOf(lookups);
        instructions = List.copyOf(instructions);
    }

    /**
     * One account key of the message.
     *
     * @param label a known program or account name, or empty
     */
    public record AccountEntry(int index, String address, boolean signer, boolean writable, String label) {}

    /** The keys a v0 message loads from one lookup table (by index; the table's contents are not known here). */
    public record Lookup(String table, List<Integer> writableIndexes, List<Integer> readonlyIndexes) {
        public Lookup {
            writableIndexes = List.copyOf(writableIndexes);
            readonlyIndexes = List.copyOf(readonlyIndexes);
        }
    }

    /**
     * One instruction.
     *
     * @param program a short program label ({@code asdf}, {@code pump}, {@code system}…) or the program id
     * @param name the instruction name, or {@code unknown} when the program or discriminator is not known
     * @param arguments decoded arguments as (name, value text) pairs, in order
     * @param dataHex the raw data, always shown
     */
    public record InstructionEntry(int index, String program, String programId, String name,
            List<Argument> arguments, List<InstructionAccount> accounts, String dataHex, String note) {
        public InstructionEntry {
            arguments = List.copyOf(arguments);
            accounts = List.copyOf(accounts);
        }
    }

    public record Argument(String name, String value) {}

    /**
     * @param role the account's name in the IDL (or the native program's documentation), or {@code #n}
     * @param address the address, or {@code lookup <table>[i]} for a key loaded from a lookup table
     */
    public record InstructionAccount(String role, String address, boolean signer, boolean writable) {}
}
