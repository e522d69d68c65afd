package dev.asdf.burnengine.solana.idl;

import dev.asdf.burnengine.solana.codec.Discriminator;
import java.util.List;

/** An instruction of the IDL: its discriminator, account slots in order, and arguments in order. */
public record IdlInstruction(String name, Discriminator discriminator, List<IdlAccountItem> accounts,
        List<IdlField> args) {
    public IdlInstruction {
        accounts = List.copyOf(accounts);
        args = List.copyOf(args);
    }
}
