package dev.asdf.burnengine.solana.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransactionSizeTest {
    private static final Ed25519Keypair PAYER = Ed25519Keypair.fromSeed(new byte[32]);
    private static final Blockhash HASH = Blockhash.of(new byte[32]);

    @Test
    void aTransactionOverTheLimitSaysByHowMuch() {
        Transaction tx = Transaction.sign(MessageCompiler.compileLegacy(PAYER.address(), List.of(
                new Instruction(ProgramIds.SYSTEM, List.of(), new byte[1200])), HASH), PAYER);
        assertThat(tx.serializedLength()).isEqualTo(1370);
        assertThatThrownBy(tx::serialize)
                .isInstanceOf(TransactionTooLargeException.class)
                .hasMessage("the transaction (1 instructions, 2 account keys) is 1,370 bytes, 138 bytes over Solana's"
                        + " 1,232-byte limit; split the instructions into several transactions or use a v0 message"
                        + " with an address lookup table")
                .satisfies(e -> assertThat(((TransactionTooLargeException) e).excess()).isEqualTo(138));
    }

    @Test
    void aTransactionOfExactlyTheLimitIsSerialized() {
        int overhead = Transaction.sign(MessageCompiler.compileLegacy(PAYER.address(), List.of(
                new Instruction(ProgramIds.SYSTEM, List.of(), new byte[200])), HASH), PAYER).serializedLength() - 200;
        Transaction tx = Transaction.sign(MessageCompiler.compileLegacy(PAYER.address(), List.of(
                new Instruction(ProgramIds.SYSTEM, List.of(), new byte[1232 - overhead])), HASH), PAYER);
        assertThat(tx.serialize()).hasSize(1232);
    }

    @Test
    void aLookupTableShrinksAManyAccountTransactionBelowTheLimit() {
        SplittableRandom random = new SplittableRandom(7);
        List<Address> keys = new ArrayList<>();
        List<AccountMeta> metas = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] b = new byte[32];
            random.nextBytes(b);
            keys.add(Address.of(b));
            metas.add(AccountMeta.writable(Address.of(b)));
        }
        List<Instruction> ixs = List.of(new Instruction(ProgramIds.ASDF, metas, new byte[8]));
        Transaction legacy = Transaction.sign(MessageCompiler.compileLegacy(PAYER.address(), ixs, HASH), PAYER);
        assertThat(legacy.serializedLength()).as("legacy size (seed 7)").isGreaterThan(Transaction.MAX_SIZE);
        AddressLookupTable table = new AddressLookupTable(ProgramIds.ASSOCIATED_TOKEN, keys);
        Transaction v0 = Transaction.sign(MessageCompiler.compileV0(PAYER.address(), ixs, HASH, List.of(table)), PAYER);
        assertThat(v0.serialize().length).isLessThan(Transaction.MAX_SIZE);
        assertThat(v0.message().decompile(List.of(table)).get(0).accounts()).isEqualTo(metas);
    }

    @Test
    void signingWithAKeyTheMessageDoesNotNeedIsRefused() {
        Ed25519Keypair stranger = Ed25519Keypair.fromSeed(new byte[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        LegacyMessage message = MessageCompiler.compileLegacy(PAYER.address(), List.of(), HASH);
        assertThatThrownBy(() -> Transaction.sign(message, PAYER, stranger))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("keypair " + stranger.address() + " is not a signer of this message");
        assertThatThrownBy(() -> Transaction.sign(message))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the message requires a signature of " + PAYER.address());
    }
}
