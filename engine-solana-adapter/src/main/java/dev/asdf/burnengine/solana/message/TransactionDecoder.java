package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.codec.ShortVec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads wire bytes back into a {@link Transaction}, rejecting every structure the runtime would reject. */
final class TransactionDecoder {
    private static final String WHAT = "transaction";

    private TransactionDecoder() {}

    static Transaction decode(byte[] wire) {
        if (wire.length > Transaction.MAX_SIZE) {
            throw new DecodingException("transaction input is " + wire.length + " bytes, "
                    + (wire.length - Transaction.MAX_SIZE) + " bytes over Solana's " + Transaction.MAX_SIZE
                    + "-byte limit; no valid transaction is that long (is it several transactions, or not a transaction?)");
        }
        BorshReader r = BorshReader.of(wire, WHAT);
        int signatureCount = ShortVec.read(r, "signature count");
        if ((long) signatureCount * Transaction.SIGNATURE_LENGTH > r.remaining()) {
            throw new DecodingException(WHAT + " claims " + signatureCount + " signatures but only " + r.remaining()
                    + " bytes follow; the input is truncated or not a transaction");
        }
        byte[][] signatures = new byte[signatureCount][];
        for (int i = 0; i < signatureCount; i++) {
            signatures[i] = r.bytes(Transaction.SIGNATURE_LENGTH, "signature " + i);
        }
        int messageStart = r.position();
        Message message = readMessage(r);
        r.expectEnd();
        if (message.header().requiredSignatures() != signatureCount) {
            throw new DecodingException(WHAT + " carries " + signatureCount + " signatures but its message requires "
                    + message.header().requiredSignatures() + "; the input is corrupted");
        }
        return Transaction.decoded(signatures, message, Arrays.copyOfRange(wire, messageStart, wire.length));
    }

    private static Message readMessage(BorshReader r) {
        int first = r.u8("message header");
        boolean versioned = (first & MessageBytes.VERSION_PREFIX) != 0;
        int required;
        if (versioned) {
            int version = first & 0x7F;
            if (version != 0) {
                throw new DecodingException(WHAT + " has message version " + version
                        + "; only legacy and version 0 messages exist");
            }
            required = r.u8("required signatures");
        } else {
            required = first;
        }
        int readonlySigned = r.u8("read-only signed count");
        int readonlyUnsigned = r.u8("read-only unsigned count");
        int keyCount = ShortVec.read(r, "account key count");
        if ((long) keyCount * Address.LENGTH > r.remaining()) {
            throw new DecodingException(WHAT + " claims " + keyCount + " account keys but only " + r.remaining()
                    + " bytes follow; the input is truncated or not a transaction");
        }
        List<Address> keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            keys.add(r.pubkey("account key " + i));
        }
        Blockhash blockhash = Blockhash.of(r.bytes(Blockhash.LENGTH, "recent blockhash"));
        int ixCount = ShortVec.read(r, "instruction count");
        if (ixCount > r.remaining()) {
            throw new DecodingException(WHAT + " claims " + ixCount + " instructions but only " + r.remaining()
                    + " bytes follow; the input is truncated or not a transaction");
        }
        List<CompiledInstruction> instructions = new ArrayList<>(ixCount);
        for (int i = 0; i < ixCount; i++) {
            int program = r.u8("instruction " + i + " program index");
            int accountCount = ShortVec.read(r, "instruction " + i + " account count");
            int[] accounts = new int[accountCount];
            byte[] raw = r.bytes(accountCount, "instruction " + i + " account indexes");
            for (int a = 0; a < accountCount; a++) {
                accounts[a] = raw[a] & 0xFF;
            }
            int dataLength = ShortVec.read(r, "instruction " + i + " data length");
            byte[] data = r.bytes(dataLength, "instruction " + i + " data");
            instructions.add(new CompiledInstruction(program, accounts, data));
        }
        List<AddressTableLookup> lookups = new ArrayList<>();
        if (versioned) {
            int lookupCount = ShortVec.read(r, "lookup table count");
            for (int i = 0; i < lookupCount; i++) {
                Address table = r.pubkey("lookup table " + i + " address");
                int w = ShortVec.read(r, "lookup table " + i + " writable count");
                byte[] writable = r.bytes(w, "lookup table " + i + " writable indexes");
                int ro = ShortVec.read(r, "lookup table " + i + " read-only count");
                byte[] readonly = r.bytes(ro, "lookup table " + i + " read-only indexes");
                lookups.add(new AddressTableLookup(table, unsigned(writable), unsigned(readonly)));
            }
        }
        try {
            MessageHeader header = new MessageHeader(required, readonlySigned, readonlyUnsigned);
            return versioned
                    ? new V0Message(header, keys, blockhash, instructions, lookups)
                    : new LegacyMessage(header, keys, blockhash, instructions);
        } catch (IllegalArgumentException e) {
            throw new DecodingException(WHAT + " has an inconsistent message: " + e.getMessage(), e);
        }
    }

    private static int[] unsigned(byte[] raw) {
        int[] out = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] & 0xFF;
        }
        return out;
    }
}
