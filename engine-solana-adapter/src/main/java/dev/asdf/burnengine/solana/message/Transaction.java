package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.solana.codec.ShortVec;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message with its signatures, as sent on the wire: {@code shortvec(n) ‖ n × 64-byte signatures ‖ message}.
 *
 * <p>Public: what the executor signs, persists and sends, and what the CLI decodes.
 */
public final class Transaction {
    /** The most bytes a transaction may have (IPv6 MTU minus headers). */
    public static final int MAX_SIZE = 1232;
    static final int SIGNATURE_LENGTH = Ed25519Keypair.SIGNATURE_LENGTH;

    private final byte[][] signatures;
    private final Message message;
    private final byte[] messageBytes;

    private Transaction(byte[][] signatures, Message message, byte[] messageBytes) {
        this.signatures = signatures;
        this.message = message;
        this.messageBytes = messageBytes;
    }

    /**
     * Signs {@code message} with exactly the keypairs of its required signers (in any order).
     *
     * @throws IllegalArgumentException naming a missing signer or a keypair the message does not ask for
     */
    public static Transaction sign(Message message, List<Ed25519Keypair> keypairs) {
        Objects.requireNonNull(message, "message");
        List<Address> signers = message.signers();
        for (Ed25519Keypair keypair : keypairs) {
            if (!signers.contains(keypair.address())) {
                throw new IllegalArgumentException("keypair " + keypair.address() + " is not a signer of this message;"
                        + " its signers are " + signers);
            }
        }
        byte[] messageBytes = message.serialize();
        byte[][] signatures = new byte[signers.size()][];
        for (int i = 0; i < signers.size(); i++) {
            Address signer = signers.get(i);
            Ed25519Keypair keypair = keypairs.stream().filter(k -> k.address().equals(signer)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the message requires a signature of " + signer
                            + " but no keypair for it was given"));
            signatures[i] = new byte[SIGNATURE_LENGTH];
            keypair.sign(messageBytes, 0, messageBytes.length, signatures[i], 0);
        }
        return new Transaction(signatures, message, messageBytes);
    }

    public static Transaction sign(Message message, Ed25519Keypair... keypairs) {
        return sign(message, List.of(keypairs));
    }

    /** The message with all-zero signatures, as web3.js serializes it for simulation without verification. */
    public static Transaction unsigned(Message message) {
        byte[][] signatures = new byte[message.header().requiredSignatures()][];
        for (int i = 0; i < signatures.length; i++) {
            signatures[i] = new byte[SIGNATURE_LENGTH];
        }
        return new Transaction(signatures, message, message.serialize());
    }

    /**
     * Decodes wire bytes (legacy or v0).
     *
     * @throws dev.asdf.burnengine.solana.codec.DecodingException naming what is malformed and where
     */
    public static Transaction decode(byte[] wire) {
        return TransactionDecoder.decode(wire);
    }

    static Transaction decoded(byte[][] signatures, Message message, byte[] messageBytes) {
        return new Transaction(signatures, message, messageBytes);
    }

    public Message message() {
        return message;
    }

    /** The signatures in the order of the message's signers. */
    public List<TxSignature> signatures() {
        List<TxSignature> out = new ArrayList<>(signatures.length);
        for (byte[] s : signatures) {
            out.add(TxSignature.of(s));
        }
        return out;
    }

    /**
     * The fee payer's signature: the transaction's id.
     *
     * @throws IllegalStateException for a transaction without signatures
     */
    public TxSignature signature() {
        if (signatures.length == 0) {
            throw new IllegalStateException("this transaction has no signature; a transaction needs its fee payer's");
        }
        return TxSignature.of(signatures[0]);
    }

    /** Whether every signature is its signer's valid signature of the message. */
    public boolean verifySignatures() {
        List<Address> signers = message.signers();
        if (signers.size() != signatures.length) {
            return false;
        }
        for (int i = 0; i < signatures.length; i++) {
            if (!Ed25519Keypair.verify(signers.get(i), messageBytes, signatures[i])) {
                return false;
            }
        }
        return true;
    }

    public byte[] messageBytes() {
        return messageBytes.clone();
    }

    public int serializedLength() {
        return ShortVec.encodedLength(signatures.length) + signatures.length * SIGNATURE_LENGTH + messageBytes.length;
    }

    /**
     * The wire bytes.
     *
     * @throws TransactionTooLargeException when they exceed {@link #MAX_SIZE}, saying by how much
     */
    public byte[] serialize() {
        int length = serializedLength();
        if (length > MAX_SIZE) {
            throw new TransactionTooLargeException(length, "the transaction (" + message.instructions().size()
                    + " instructions, " + message.staticAccountKeys().size() + " account keys)");
        }
        byte[] out = new byte[length];
        int o = ShortVec.write(signatures.length, out, 0);
        for (byte[] s : signatures) {
            System.arraycopy(s, 0, out, o, SIGNATURE_LENGTH);
            o += SIGNATURE_LENGTH;
        }
        System.arraycopy(messageBytes, 0, out, o, messageBytes.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transaction other && Arrays.deepEquals(signatures, other.signatures)
                && Arrays.equals(messageBytes, other.messageBytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(signatures) + Arrays.hashCode(messageBytes);
    }

    @Override
    public String toString() {
        return "Transaction[" + (signatures.length == 0 ? "unsigned" : TxSignature.of(signatures[0]).toString())
                + ", " + message.getClass().getSimpleName() + ", " + message.instructions().size() + " instructions]";
    }
}
