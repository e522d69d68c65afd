package dev.asdf.burnengine.solana.program.asdf;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.AnchorEvents;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.idl.Idl;
import dev.asdf.burnengine.solana.idl.IdlDecoder;
import dev.asdf.burnengine.solana.idl.IdlTypeRef;
import dev.asdf.burnengine.solana.idl.IdlValue;
import java.util.ArrayList;
import java.util.List;

/**
 * An event of the ASDF program ({@code emit!}: a {@code Program data:} log line), decoded with its IDL: all 26
 * events (onchain-spec §7).
 *
 * <p>Public: the executor confirms a cycle from {@code CycleCompleted} and the CLI shows them.
 */
public record AsdfEvent(String name, IdlValue.Struct fields) {
    /**
     * Decodes one payload (discriminator + Borsh body).
     *
     * @throws DecodingException when the discriminator is not an ASDF event or the body is malformed
     */
    public static AsdfEvent decode(Idl asdfIdl, byte[] payload) {
        IdlTypeRef ref = asdfIdl.eventOf(payload).orElseThrow(() -> new DecodingException("event payload of "
                + payload.length + " bytes does not start with the discriminator of any ASDF event"));
        return new AsdfEvent(ref.name(), new IdlDecoder(asdfIdl).definedAfterDiscriminator(ref, payload));
    }

    /** The ASDF events in a transaction's logs, in order (lines of other programs are skipped). */
    public static List<AsdfEvent> fromLogs(Idl asdfIdl, Address asdfProgram, List<String> logLines) {
        List<AsdfEvent> out = new ArrayList<>();
        for (byte[] payload : AnchorEvents.payloadsEmittedBy(logLines, asdfProgram)) {
            out.add(decode(asdfIdl, payload));
        }
        return out;
    }
}
