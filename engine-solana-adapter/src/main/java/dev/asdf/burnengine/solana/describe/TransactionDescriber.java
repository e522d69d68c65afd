package dev.asdf.burnengine.solana.describe;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.Base58;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.describe.TransactionDescription.AccountEntry;
import dev.asdf.burnengine.solana.describe.TransactionDescription.Argument;
import dev.asdf.burnengine.solana.describe.TransactionDescription.InstructionAccount;
import dev.asdf.burnengine.solana.describe.TransactionDescription.InstructionEntry;
import dev.asdf.burnengine.solana.describe.TransactionDescription.Lookup;
import dev.asdf.burnengine.solana.idl.IdlAccountItem;
import dev.asdf.burnengine.solana.idl.IdlDecoder;
import dev.asdf.burnengine.solana.idl.IdlInstruction;
import dev.asdf.burnengine.solana.idl.IdlValue;
import dev.asdf.burnengine.solana.message.AddressTableLookup;
import dev.asdf.burnengine.solana.message.CompiledInstruction;
import dev.asdf.burnengine.solana.message.Message;
import dev.asdf.burnengine.solana.message.MessageHeader;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.message.V0Message;
import dev.asdf.burnengine.solana.profile.ProgramProfile;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.profile.TrailingAccount;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a wire transaction: every account with its role, every instruction by program and name with its arguments
 * decoded from the program profiles' IDLs (ASDF, pump, PumpSwap, pump fees) or the native programs' layouts.
 *
 * <p>Public: the CLI's {@code decode} command, and later the dashboard, show transactions with it.
 */
public final class TransactionDescriber {
    private final Map<Address, Labelled> programs = new LinkedHashMap<>();

    private record Labelled(String label, ProgramProfile profile) {}

    public TransactionDescriber(ProgramProfiles profiles) {
        programs.put(profiles.asdf().programId(), new Labelled("asdf", profiles.asdf()));
        programs.put(profiles.pump().programId(), new Labelled("pump", profiles.pump()));
        programs.put(profiles.pumpAmm().programId(), new Labelled("pumpswap", profiles.pumpAmm()));
        programs.put(profiles.pumpFees().programId(), new Labelled("pump_fees", profiles.pumpFees()));
    }

    /**
     * Reads the text form of a wire transaction: base64 (what RPC and the engine's journal use) or base58.
     *
     * @throws IllegalArgumentException naming what the text is not
     */
    public static byte[] parseEncoded(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("the transaction text is empty; pass a wire transaction in base64 or"
                    + " base58");
        }
        boolean base64Only = s.indexOf('+') >= 0 || s.indexOf('/') >= 0 || s.indexOf('=') >= 0
                || s.indexOf('0') >= 0 || s.indexOf('O') >= 0 || s.indexOf('I') >= 0 || s.indexOf('l') >= 0;
        String base58Problem = null;
        if (!base64Only) {
            try {
                byte[] bytes = Base58.decode(s);
                Transaction.decode(bytes);
                return bytes;
            } catch (IllegalArgumentException | DecodingException e) {
                base58Problem = e.getMessage();
            }
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the transaction text (" + s.length() + " characters) is neither base64 ("
                    + e.getMessage() + ") nor " + (base58Problem == null ? "base58" : "a base58 transaction ("
                    + base58Problem + ")") + "; pass the wire bytes as sent to sendTransaction");
        }
    }

    /**
     * @throws DecodingException naming what is malformed when the bytes are not a transaction
     */
    public TransactionDescription describe(byte[] wire) {
        Transaction tx = Transaction.decode(wire);
        Message message = tx.message();
        MessageHeader h = message.header();
        List<Address> keys = message.staticAccountKeys();
        List<AccountEntry> accounts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            boolean signer = i < h.requiredSignatures();
            boolean writable = signer ? i < h.requiredSignatures() - h.readonlySigned()
                    : i < keys.size() - h.readonlyUnsigned();
            accounts.add(new AccountEntry(i, keys.get(i).toString(), signer, writable,
                    KnownAddresses.label(keys.get(i))));
        }
        List<String> loaded = new ArrayList<>();
        List<Boolean> loadedWritable = new ArrayList<>();
        List<Lookup> lookups = new ArrayList<>();
        List<String> readonlyLoaded = new ArrayList<>();
        for (AddressTableLookup lookup : message.addressTableLookups()) {
            List<Integer> w = new ArrayList<>();
            for (int i : lookup.writableIndexes()) {
                w.add(i);
                loaded.add("lookup " + lookup.table() + "[" + i + "]");
                loadedWritable.add(true);
            }
            List<Integer> r = new ArrayList<>();
            for (int i : lookup.readonlyIndexes()) {
                r.add(i);
                readonlyLoaded.add("lookup " + lookup.table() + "[" + i + "]");
            }
            lookups.add(new Lookup(lookup.table().toString(), w, r));
        }
        for (String ro : readonlyLoaded) {
            loaded.add(ro);
            loadedWritable.add(false);
        }
        List<InstructionEntry> instructions = new ArrayList<>();
        List<CompiledInstruction> compiled = message.instructions();
        for (int i = 0; i < compiled.size(); i++) {
            instructions.add(instruction(i, compiled.get(i), accounts, loaded, loadedWritable));
        }
        List<String> signatures = tx.signatures().stream().map(TxSignature::toString).toList();
        return new TransactionDescription(message instanceof V0Message ? "v0" : "legacy", wire.length, signatures,
                tx.verifySignatures(), message.recentBlockhash().toString(), accounts, lookups, instructions);
    }

    private InstructionEntry instruction(int index, CompiledInstruction ix, List<AccountEntry> accounts,
            List<String> loaded, List<Boolean> loadedWritable) {
        Address programId = Address.parse(accounts.get(ix.programIdIndex()).address());
        byte[] data = ix.data();
        List<String> addresses = new ArrayList<>();
        List<Boolean> signers = new ArrayList<>();
        List<Boolean> writables = new ArrayList<>();
        for (int a : ix.accountIndexes()) {
            if (a < accounts.size()) {
                AccountEntry e = accounts.get(a);
                addresses.add(e.address());
                signers.add(e.signer());
                writables.add(e.writable());
            } else {
                addresses.add(loaded.get(a - accounts.size()));
                signers.add(false);
                writables.add(loadedWritable.get(a - accounts.size()));
            }
        }
        String hex = HexFormat.of().formatHex(data);
        Labelled known = programs.get(programId);
        if (known != null) {
            return anchorInstruction(index, known, programId, data, hex, addresses, signers, writables);
        }
        NativeInstructions.Decoded decoded;
        String note = "";
        try {
            decoded = NativeInstructions.decode(programId, data);
        } catch (DecodingException e) {
            decoded = null;
            note = e.getMessage();
        }
        if (decoded == null) {
            return new InstructionEntry(index, programId.toString(), programId.toString(), "unknown", List.of(),
                    roles(List.of(), addresses, signers, writables), hex,
                    note.isEmpty() ? "program not known to the engine; data shown raw" : note);
        }
        return new InstructionEntry(index, decoded.program(), programId.toString(), decoded.name(),
                decoded.arguments(), roles(decoded.roles(), addresses, signers, writables), hex, "");
    }

    private static InstructionEntry anchorInstruction(int index, Labelled known, Address programId, byte[] data,
            String hex, List<String> addresses, List<Boolean> signers, List<Boolean> writables) {
        IdlInstruction ix = known.profile().idl().instructionOf(data).orElse(null);
        if (ix == null) {
            return new InstructionEntry(index, known.label(), programId.toString(), "unknown", List.of(),
                    roles(List.of(), addresses, signers, writables), hex,
                    "the data does not start with the discriminator of any instruction in profile "
                            + known.profile().id());
        }
        List<String> names = new ArrayList<>();
        for (IdlAccountItem item : ix.accounts()) {
            names.add(item.name());
        }
        for (TrailingAccount t : known.profile().trailingAccounts(ix.name())) {
            names.add(t.account().name() + (t.onlyWhenGiven() ? " (if present)" : ""));
        }
        List<Argument> args = new ArrayList<>();
        String note = "";
        try {
            IdlValue.Struct values = new IdlDecoder(known.profile().idl()).instructionArgs(ix, data);
            for (IdlValue.Field f : values.fields()) {
                args.add(new Argument(f.name(), display(f.value())));
            }
        } catch (DecodingException e) {
            note = "arguments do not match the IDL: " + e.getMessage();
        }
        if (addresses.size() < ix.accounts().size()) {
            note = (note.isEmpty() ? "" : note + "; ") + "only " + addresses.size() + " accounts of the "
                    + ix.accounts().size() + " the IDL declares (the program will fail with AccountNotEnoughKeys)";
        }
        return new InstructionEntry(index, known.label(), programId.toString(), ix.name(), args,
                roles(names, addresses, signers, writables), hex, note);
    }

    private static List<InstructionAccount> roles(List<String> names, List<String> addresses, List<Boolean> signers,
            List<Boolean> writables) {
        List<InstructionAccount> out = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String role = i < names.size() ? names.get(i) : "#" + i;
            out.add(new InstructionAccount(role, addresses.get(i), signers.get(i), writables.get(i)));
        }
        return out;
    }

    static String display(IdlValue v) {
        if (v instanceof IdlValue.Some s) {
            return display(s.value());
        }
        if (v instanceof IdlValue.Text t) {
            return t.value();
        }
        return v.toString();
    }
}
