package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.ShortVec;
import java.util.List;

/** The wire layout shared by legacy and v0 messages. */
final class MessageBytes {
    static final int VERSION_PREFIX = 0x80;

    private MessageBytes() {}

    static int length(boolean versioned, List<Address> keys, List<CompiledInstruction> instructions,
            List<AddressTableLookup> lookups) {
        int n = (versioned ? 1 : 0) + 3 + ShortVec.encodedLength(keys.size()) + keys.size() * Address.LENGTH
                + Blockhash.LENGTH + ShortVec.encodedLength(instructions.size());
        for (CompiledInstruction ix : instructions) {
            int accounts = ix.accountCount();
            int data = ix.dataView().length;
            n += 1 + ShortVec.encodedLength(accounts) + accounts + ShortVec.encodedLength(data) + data;
        }
        if (versioned) {
            n += ShortVec.encodedLength(lookups.size());
            for (AddressTableLookup lookup : lookups) {
                n += Address.LENGTH + ShortVec.encodedLength(lookup.writableCount()) + lookup.writableCount()
                        + ShortVec.encodedLength(lookup.readonlyCount()) + lookup.readonlyCount();
            }
        }
        return n;
    }

    static byte[] write(boolean versioned, MessageHeader header, List<Address> keys, Blockhash blockhash,
            List<CompiledInstruction> instructions, List<AddressTableLookup> lookups) {
        byte[] out = new byte[length(versioned, keys, instructions, lookups)];
        int o = 0;
        if (versioned) {
            out[o++] = (byte) VERSION_PREFIX;
        }
        out[o++] = (byte) header.requiredSignatures();
        out[o++] = (byte) header.readonlySigned();
        out[o++] = (byte) header.readonlyUnsigned();
        o = ShortVec.write(keys.size(), out, o);
        for (Address key : keys) {
            key.copyTo(out, o);
            o += Address.LENGTH;
        }
        blockhash.copyTo(out, o);
        o += Blockhash.LENGTH;
        o = ShortVec.write(instructions.size(), out, o);
        for (CompiledInstruction ix : instructions) {
            out[o++] = (byte) ix.programIdIndex();
            o = ShortVec.write(ix.accountCount(), out, o);
            for (int i = 0; i < ix.accountCount(); i++) {
                out[o++] = (byte) ix.accountIndex(i);
            }
            byte[] data = ix.dataView();
            o = ShortVec.write(data.length, out, o);
            System.arraycopy(data, 0, out, o, data.length);
            o += data.length;
        }
        if (versioned) {
            o = ShortVec.write(lookups.size(), out, o);
            for (AddressTableLookup lookup : lookups) {
                lookup.table().copyTo(out, o);
                o += Address.LENGTH;
                o = ShortVec.write(lookup.writableCount(), out, o);
                for (int i = 0; i < lookup.writableCount(); i++) {
                    out[o++] = (byte) lookup.writableIndex(i);
                }
                o = ShortVec.write(lookup.readonlyCount(), out, o);
                for (int i = 0; i < lookup.readonlyCount(); i++) {
                    out[o++] = (byte) lookup.readonlyIndex(i);
                }
            }
        }
        return out;
    }
}
