package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A version-0 message: static keys plus keys loaded from address lookup tables (loaded keys are never signers).
 */
public record V0Message(MessageHeader header, List<Address> staticAccountKeys, Blockhash recentBlockhash,
        List<CompiledInstruction> instructions, List<AddressTableLookup> addressTableLookups) implements Message {
    public V0Message {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(recentBlockhash, "recentBlockhash");
        staticAccountKeys = List.copyOf(staticAccountKeys);
        instructions = List.copyOf(instructions);
        addressTableLookups = List.copyOf(addressTableLookups);
        int loaded = 0;
        for (AddressTableLookup lookup : addressTableLookups) {
            loaded += lookup.writableCount() + lookup.readonlyCount();
        }
        MessageChecks.check(header, staticAccountKeys, instructions, staticAccountKeys.size() + loaded);
    }

    @Override
    public byte[] serialize() {
        return MessageBytes.write(true, header, staticAccountKeys, recentBlockhash, instructions, addressTableLookups);
    }

    @Override
    public int serializedLength() {
        return MessageBytes.length(true, staticAccountKeys, instructions, addressTableLookups);
    }

    /** The number of keys loaded from lookup tables. */
    public int loadedKeyCount() {
        int loaded = 0;
        for (AddressTableLookup lookup : addressTableLookups) {
            loaded += lookup.writableCount() + lookup.readonlyCount();
        }
        return loaded;
    }

    @Override
    public List<Instruction> decompile(List<AddressLookupTable> tables) {
        List<AccountMeta> metas = new ArrayList<>();
        for (int i = 0; i < staticAccountKeys.size(); i++) {
            metas.add(MessageChecks.staticMeta(header, staticAccountKeys, i));
        }
        List<AccountMeta> readonly = new ArrayList<>();
        for (AddressTableLookup lookup : addressTableLookups) {
            AddressLookupTable table = tables.stream().filter(t -> t.key().equals(lookup.table())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the message loads keys from lookup table "
                            + lookup.table() + " but that table was not given; fetch it and pass it to decompile"));
            for (int index : lookup.writableIndexes()) {
                metas.add(AccountMeta.writable(entry(table, index)));
            }
            for (int index : lookup.readonlyIndexes()) {
                readonly.add(AccountMeta.readonly(entry(table, index)));
            }
        }
        metas.addAll(readonly);
        return MessageChecks.decompile(instructions, metas);
    }

    private static Address entry(AddressLookupTable table, int index) {
        if (index >= table.addresses().size()) {
            throw new IllegalArgumentException("the message loads entry " + index + " of lookup table " + table.key()
                    + " but the table has " + table.addresses().size() + " entries; the table changed or is not the"
                    + " one the message was compiled with");
        }
        return table.addresses().get(index);
    }
}
