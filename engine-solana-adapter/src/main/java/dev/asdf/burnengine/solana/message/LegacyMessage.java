package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A version-less message: every account key is listed in the message itself. */
public record LegacyMessage(MessageHeader header, List<Address> staticAccountKeys, Blockhash recentBlockhash,
        List<CompiledInstruction> instructions) implements Message {
    public LegacyMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(recentBlockhash, "recentBlockhash");
        staticAccountKeys = List.copyOf(staticAccountKeys);
        instructions = List.copyOf(instructions);
        MessageChecks.check(header, staticAccountKeys, instructions, staticAccountKeys.size());
    }

    @Override
    public List<AddressTableLookup> addressTableLookups() {
        return List.of();
    }

    @Override
    public byte[] serialize() {
        return MessageBytes.write(false, header, staticAccountKeys, recentBlockhash, instructions, List.of());
    }

    @Override
    public int serializedLength() {
        return MessageBytes.length(false, staticAccountKeys, instructions, List.of());
    }

    @Override
    public List<Instruction> decompile(List<AddressLookupTable> tables) {
        List<AccountMeta> metas = new ArrayList<>(staticAccountKeys.size());
        for (int i = 0; i < staticAccountKeys.size(); i++) {
            metas.add(MessageChecks.staticMeta(header, staticAccountKeys, i));
        }
        return MessageChecks.decompile(instructions, metas);
    }
}
