package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles instructions into messages exactly as {@code @solana/web3.js} 1.x does, so our bytes equal theirs.
 *
 * <p>Public: the executor's way to build a message. Legacy ({@code Transaction.compileMessage}): every meta, then each
 * program id, de-duplicated with OR-ed flags, sorted signers first, then writable first, then by the base58 text
 * in ICU "en" lower-first order ({@link Web3AccountOrder}), with the fee payer moved to the front. V0
 * ({@code MessageV0.compile}): keys in first-use order (payer, then each instruction's program id and accounts),
 * grouped by role without sorting; non-signer, non-program keys found in a lookup table are loaded from it.
 */
public final class MessageCompiler {
    private MessageCompiler() {}

    public static LegacyMessage compileLegacy(Address feePayer, List<Instruction> instructions, Blockhash blockhash) {
        List<KeyMeta> metas = new ArrayList<>();
        Map<Address, KeyMeta> byKey = new HashMap<>();
        List<Address> programIds = new ArrayList<>();
        for (Instruction ix : instructions) {
            for (AccountMeta meta : ix.accounts()) {
                merge(metas, byKey, meta.address(), meta.signer(), meta.writable());
            }
            if (!programIds.contains(ix.programId())) {
                programIds.add(ix.programId());
            }
        }
        for (Address programId : programIds) {
            merge(metas, byKey, programId, false, false);
        }
        metas.sort(Web3AccountOrder.LEGACY);
        KeyMeta payer = byKey.get(feePayer);
        if (payer != null) {
            metas.remove(payer);
        } else {
            payer = new KeyMeta(feePayer);
        }
        payer.signer = true;
        payer.writable = true;
        metas.add(0, payer);
        checkKeyCount(metas.size());

        int required = 0;
        int readonlySigned = 0;
        int readonlyUnsigned = 0;
        List<Address> keys = new ArrayList<>(metas.size());
        for (KeyMeta m : metas) {
            keys.add(m.address);
            if (m.signer) {
                required++;
                if (!m.writable) {
                    readonlySigned++;
                }
            } else if (!m.writable) {
                readonlyUnsigned++;
            }
        }
        MessageHeader header = new MessageHeader(required, readonlySigned, readonlyUnsigned);
        return new LegacyMessage(header, keys, blockhash, compile(instructions, indexOf(keys)));
    }

    public static V0Message compileV0(Address feePayer, List<Instruction> instructions, Blockhash blockhash,
            List<AddressLookupTable> tables) {
        LinkedHashMap<Address, KeyMeta> keyMetas = new LinkedHashMap<>();
        KeyMeta payer = keyMetas.computeIfAbsent(feePayer, KeyMeta::new);
        payer.signer = true;
        payer.writable = true;
        for (Instruction ix : instructions) {
            keyMetas.computeIfAbsent(ix.programId(), KeyMeta::new).invoked = true;
            for (AccountMeta meta : ix.accounts()) {
                KeyMeta m = keyMetas.computeIfAbsent(meta.address(), KeyMeta::new);
                m.signer |= meta.signer();
                m.writable |= meta.writable();
            }
        }

        List<AddressTableLookup> lookups = new ArrayList<>();
        List<Address> loadedWritable = new ArrayList<>();
        List<Address> loadedReadonly = new ArrayList<>();
        for (AddressLookupTable table : tables) {
            List<Integer> writableIndexes = new ArrayList<>();
            List<Integer> readonlyIndexes = new ArrayList<>();
            drain(keyMetas, table, true, writableIndexes, loadedWritable);
            drain(keyMetas, table, false, readonlyIndexes, loadedReadonly);
            if (!writableIndexes.isEmpty() || !readonlyIndexes.isEmpty()) {
                lookups.add(new AddressTableLookup(table.key(), toArray(writableIndexes), toArray(readonlyIndexes)));
            }
        }

        List<Address> keys = new ArrayList<>(keyMetas.size());
        int writableSigners = addWhere(keyMetas, keys, true, true);
        int readonlySigners = addWhere(keyMetas, keys, true, false);
        addWhere(keyMetas, keys, false, true);
        int readonlyNonSigners = addWhere(keyMetas, keys, false, false);
        checkKeyCount(keys.size());
        MessageHeader header = new MessageHeader(writableSigners + readonlySigners, readonlySigners,
                readonlyNonSigners);

        List<Address> all = new ArrayList<>(keys);
        all.addAll(loadedWritable);
        all.addAll(loadedReadonly);
        return new V0Message(header, keys, blockhash, compile(instructions, indexOf(all)), lookups);
    }

    private static void drain(LinkedHashMap<Address, KeyMeta> keyMetas, AddressLookupTable table, boolean writable,
            List<Integer> indexes, List<Address> drained) {
        var it = keyMetas.entrySet().iterator();
        while (it.hasNext()) {
            KeyMeta m = it.next().getValue();
            if (m.signer || m.invoked || m.writable != writable) {
                continue;
            }
            int index = table.addresses().indexOf(m.address);
            if (index >= 0) {
                indexes.add(index);
                drained.add(m.address);
                it.remove();
            }
        }
    }

    private static int addWhere(Map<Address, KeyMeta> metas, List<Address> keys, boolean signer, boolean writable) {
        int n = 0;
        for (KeyMeta m : metas.values()) {
            if (m.signer == signer && m.writable == writable) {
                keys.add(m.address);
                n++;
            }
        }
        return n;
    }

    private static void merge(List<KeyMeta> metas, Map<Address, KeyMeta> byKey, Address key, boolean signer,
            boolean writable) {
        KeyMeta m = byKey.get(key);
        if (m == null) {
            m = new KeyMeta(key);
            byKey.put(key, m);
            metas.add(m);
        }
        m.signer |= signer;
        m.writable |= writable;
    }

    private static Map<Address, Integer> indexOf(List<Address> keys) {
        Map<Address, Integer> index = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            index.putIfAbsent(keys.get(i), i);
        }
        return index;
    }

    private static List<CompiledInstruction> compile(List<Instruction> instructions, Map<Address, Integer> index) {
        List<CompiledInstruction> out = new ArrayList<>(instructions.size());
        for (Instruction ix : instructions) {
            List<AccountMeta> accounts = ix.accounts();
            int[] indexes = new int[accounts.size()];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = index.get(accounts.get(i).address());
            }
            out.add(new CompiledInstruction(index.get(ix.programId()), indexes, ix.dataView()));
        }
        return out;
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static void checkKeyCount(int n) {
        if (n > 256) {
            throw new IllegalArgumentException("the instructions use " + n + " distinct accounts; a message holds at"
                    + " most 256 static keys (use a v0 message with a lookup table, or split the instructions)");
        }
    }

    /** A key and the roles the instructions give it. */
    static final class KeyMeta {
        final Address address;
        final String base58;
        boolean signer;
        boolean writable;
        boolean invoked;

        KeyMeta(Address address) {
            this.address = address;
            this.base58 = address.toString();
        }
    }
}
