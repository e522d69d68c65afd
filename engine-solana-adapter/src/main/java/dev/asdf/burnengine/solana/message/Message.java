package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.List;

/**
 * What a transaction's signatures sign: account keys, a recent blockhash and compiled instructions.
 *
 * <p>Public: the executor compiles one with {@link MessageCompiler}, the CLI decodes one. Legacy messages list every
 * key; v0 messages may load keys from address lookup tables.
 */
public sealed interface Message permits LegacyMessage, V0Message {
    MessageHeader header();

    List<Address> staticAccountKeys();

    Blockhash recentBlockhash();

    List<CompiledInstruction> instructions();

    /** The lookups of a v0 message; empty for a legacy message. */
    List<AddressTableLookup> addressTableLookups();

    /** The wire bytes the signatures sign. */
    byte[] serialize();

    int serializedLength();

    /**
     * The signer addresses, in signature order.
     */
    default List<Address> signers() {
        return staticAccountKeys().subList(0, header().requiredSignatures());
    }

    /**
     * The instructions with their account keys and roles restored.
     *
     * @param tables the lookup tables a v0 message names (ignored for a legacy message)
     * @throws IllegalArgumentException when a lookup names a table that is not given or an index beyond its end
     */
    List<Instruction> decompile(List<AddressLookupTable> tables);
}
