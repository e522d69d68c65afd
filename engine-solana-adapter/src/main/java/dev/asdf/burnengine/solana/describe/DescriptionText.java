package dev.asdf.burnengine.solana.describe;

import dev.asdf.burnengine.solana.describe.TransactionDescription.AccountEntry;
import dev.asdf.burnengine.solana.describe.TransactionDescription.Argument;
import dev.asdf.burnengine.solana.describe.TransactionDescription.InstructionAccount;
import dev.asdf.burnengine.solana.describe.TransactionDescription.InstructionEntry;
import dev.asdf.burnengine.solana.describe.TransactionDescription.Lookup;

/** The human text of a {@link TransactionDescription}. Public: the CLI prints it. */
public final class DescriptionText {
    private DescriptionText() {}

    public static String render(TransactionDescription d) {
        StringBuilder out = new StringBuilder();
        out.append("Transaction (").append(d.version()).append(", ").append(d.sizeBytes()).append(" of 1232 bytes)\n");
        for (int i = 0; i < d.signatures().size(); i++) {
            out.append("  signature ").append(i).append(": ").append(d.signatures().get(i)).append('\n');
        }
        out.append("  signatures valid: ").append(d.signaturesValid() ? "yes" : "no").append('\n');
        out.append("  recent blockhash: ").append(d.recentBlockhash()).append("\n\n");
        out.append("Accounts (").append(d.accounts().size()).append(")\n");
        for (AccountEntry a : d.accounts()) {
            out.append(String.format("  %3d %-44s %s%s%s%n", a.index(), a.address(), a.writable() ? "w" : "r",
                    a.signer() ? "s" : " ", a.label().isEmpty() ? "" : "  " + a.label()));
        }
        for (Lookup l : d.lookups()) {
            out.append("  lookup table ").append(l.table()).append(": writable ").append(l.writableIndexes())
                    .append(", read-only ").append(l.readonlyIndexes()).append('\n');
        }
        out.append('\n').append("Instructions (").append(d.instructions().size()).append(")\n");
        for (InstructionEntry ix : d.instructions()) {
            out.append("  #").append(ix.index()).append(' ').append(ix.program()).append('.').append(ix.name());
            if (!ix.arguments().isEmpty()) {
                out.append('(');
                for (int i = 0; i < ix.arguments().size(); i++) {
                    Argument a = ix.arguments().get(i);
                    out.append(i == 0 ? "" : ", ").append(a.name()).append(" = ").append(a.value());
                }
                out.append(')');
            }
            out.append('\n');
            for (InstructionAccount a : ix.accounts()) {
                out.append(String.format("      %-36s %s%s %s%n", a.role(), a.writable() ? "w" : "r",
                        a.signer() ? "s" : " ", a.address()));
            }
            out.append("      data: ").append(ix.dataHex()).append('\n');
            if (!ix.note().isEmpty()) {
                out.append("      note: ").append(ix.note()).append('\n');
            }
        }
        return out.toString();
    }
}
