package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.message.AddressLookupTable;
import dev.asdf.burnengine.solana.message.Instruction;
import java.util.List;
import java.util.Objects;

/**
 * A step as instructions, before compute-budget instructions are added.
 *
 * @param signers every signer, the fee payer first
 * @param lookupTables tables the executor may compile a v0 message with when the legacy message is over the size
 *     limit (empty: always legacy)
 */
public record StepTransaction(List<Instruction> instructions, List<Ed25519Keypair> signers, StepAccounts accounts,
        List<AddressLookupTable> lookupTables) {
    public StepTransaction {
        instructions = List.copyOf(instructions);
        signers = List.copyOf(signers);
        lookupTables = List.copyOf(lookupTables);
        Objects.requireNonNull(accounts, "accounts");
        if (instructions.isEmpty() || signers.isEmpty()) {
            throw new IllegalArgumentException("a step transaction needs at least one instruction and one signer (the"
                    + " fee payer), got " + instructions.size() + " and " + signers.size());
        }
    }

    /** A step that is always sent as a legacy message. */
    public StepTransaction(List<Instruction> instructions, List<Ed25519Keypair> signers, StepAccounts accounts) {
        this(instructions, signers, accounts, List.of());
    }
}
