package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.ArrayList;
import java.util.List;

/** The structural rules every message obeys, checked once when it is built or decoded. */
final class MessageChecks {
    private MessageChecks() {}

    static void check(MessageHeader header, List<Address> keys, List<CompiledInstruction> instructions,
            int totalKeys) {
        if (keys.size() > 256) {
            throw new IllegalArgumentException("a message holds at most 256 static account keys, got " + keys.size());
        }
        if (header.requiredSignatures() > keys.size()) {
            throw new IllegalArgumentException("the header requires " + header.requiredSignatures()
                    + " signatures but the message has only " + keys.size() + " account keys");
        }
        if (header.readonlySigned() > header.requiredSignatures()) {
            throw new IllegalArgumentException("the header marks " + header.readonlySigned()
                    + " signers read-only but only " + header.requiredSignatures() + " keys sign");
        }
        if (header.readonlyUnsigned() > keys.size() - header.requiredSignatures()) {
            throw new IllegalArgumentException("the header marks " + header.readonlyUnsigned()
                    + " unsigned keys read-only but only " + (keys.size() - header.requiredSignatures())
                    + " keys do not sign");
        }
        for (int i = 0; i < instructions.size(); i++) {
            CompiledInstruction ix = instructions.get(i);
            if (ix.programIdIndex() >= keys.size()) {
                throw new IllegalArgumentException("instruction " + i + " names program key #" + ix.programIdIndex()
                        + " but the message has " + keys.size() + " static keys (a program id is never loaded from a"
                        + " lookup table)");
            }
            for (int a = 0; a < ix.accountCount(); a++) {
                if (ix.accountIndex(a) >= totalKeys) {
                    throw new IllegalArgumentException("instruction " + i + " account " + a + " names key #"
                            + ix.accountIndex(a) + " but the message has " + totalKeys + " keys");
                }
            }
        }
    }

    static AccountMeta staticMeta(MessageHeader header, List<Address> keys, int index) {
        boolean signer = index < header.requiredSignatures();
        boolean writable = signer
                ? index < header.requiredSignatures() - header.readonlySigned()
                : index < keys.size() - header.readonlyUnsigned();
        return new AccountMeta(keys.get(index), signer, writable);
    }

    static List<Instruction> decompile(List<CompiledInstruction> instructions, List<AccountMeta> metas) {
        List<Instruction> out = new ArrayList<>(instructions.size());
        for (CompiledInstruction ix : instructions) {
            List<AccountMeta> accounts = new ArrayList<>(ix.accountCount());
            for (int a = 0; a < ix.accountCount(); a++) {
                accounts.add(metas.get(ix.accountIndex(a)));
            }
            out.add(new Instruction(metas.get(ix.programIdIndex()).address(), accounts, ix.dataView()));
        }
        return out;
    }
}
