package dev.asdf.burnengine.solana.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionVectorsTest {
    @Test
    void compiledAndSignedTransactionsEqualWeb3jsByteForByte() {
        JsonNode cases = Vectors.load("transactions.json").path("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(200);
        int v0 = 0;
        for (JsonNode c : cases) {
            Message message = compile(c);
            v0 += message instanceof V0Message ? 1 : 0;
            Transaction tx = Transaction.sign(message, signers(c));
            assertThat(Base64.getEncoder().encodeToString(tx.serialize())).as("transaction %s", c.path("wire").asText())
                    .isEqualTo(c.path("wire").asText());
        }
        assertThat(v0).as("v0 cases").isGreaterThanOrEqualTo(60);
    }

    @Test
    void decodingTheOraclesWireBytesGivesBackTheInstructions() {
        for (JsonNode c : Vectors.load("transactions.json").path("cases")) {
            byte[] wire = Base64.getDecoder().decode(c.path("wire").asText());
            Transaction tx = Transaction.decode(wire);
            assertThat(tx.verifySignatures()).as("signatures of %s", c.path("wire").asText()).isTrue();
            assertThat(tx.serialize()).isEqualTo(wire);
            List<Instruction> decompiled = tx.message().decompile(tables(c));
            List<Instruction> original = instructions(c);
            assertThat(decompiled).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                Instruction o = original.get(i);
                Instruction d = decompiled.get(i);
                assertThat(d.programId()).isEqualTo(o.programId());
                assertThat(d.data()).isEqualTo(o.data());
                assertThat(d.accounts().stream().map(AccountMeta::address).toList())
                        .isEqualTo(o.accounts().stream().map(AccountMeta::address).toList());
                for (int a = 0; a < o.accounts().size(); a++) {
                    AccountMeta meta = o.accounts().get(a);
                    // a key's role in the message is the OR over all its uses, so decompiled flags can only be wider
                    assertThat(d.accounts().get(a).writable() || !meta.writable()).isTrue();
                    assertThat(d.accounts().get(a).signer() || !meta.signer()).isTrue();
                }
            }
        }
    }

    @Test
    void goldenBurnTransactionOfTestingPeersIsReproduced() {
        byte[] seed = new byte[32];
        for (int i = 0; i < 32; i++) {
            seed[i] = (byte) (i + 1);
        }
        Ed25519Keypair owner = Ed25519Keypair.fromSeed(seed);
        byte[] mintSeed = new byte[32];
        java.util.Arrays.fill(mintSeed, (byte) 2);
        Address mint = Ed25519Keypair.fromSeed(mintSeed).address();
        byte[] hash = new byte[32];
        java.util.Arrays.fill(hash, (byte) 7);
        Address ata = dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress.of(owner.address(), mint,
                dev.asdf.burnengine.core.token.TokenProgram.SPL_TOKEN);
        LegacyMessage message = MessageCompiler.compileLegacy(owner.address(), List.of(
                dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions.setComputeUnitLimit(200_000),
                dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions.setComputeUnitPrice(1_000),
                dev.asdf.burnengine.solana.program.token.TokenInstructions.burn(ata, mint, owner.address(),
                        dev.asdf.burnengine.core.money.TokenAmount.of(1_000_000),
                        dev.asdf.burnengine.solana.program.ProgramIds.SPL_TOKEN)), Blockhash.of(hash));
        Transaction tx = Transaction.sign(message, owner);
        assertThat(Base64.getEncoder().encodeToString(tx.serialize())).isEqualTo("AZOrgI1QNFWntpThdRt+enORaxtU2PBVjnBuSf3mu423Cntu0f57ymGI3/L79rvCO6ff9ONLQk4Qc8NBjeWMiQkBAAIFebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmSBOXcOqH0XX1ajVGbDTH7My42KkbTuN6Jd9g9bj8mzlPLdHZ8Et9OsNla9RwQu6oVC/B1hhNJIBHefrRztwTU6AwZGb+UhFzL/7K26csOb57yM5bvF9xJrLEObOkAAAAAG3fbh12Whk9nL4UbO63msHLSF7V9bN5E6jPWFfv8AqQcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHAwMABQJADQMAAwAJA+gDAAAAAAAABAMCAQAJCEBCDwAAAAAA");
        assertThat(tx.signature()).hasToString("3xErfvyt7rWGAG5zd7mR4UgdTQTCvPamBWojJe8B3MY9U7BTJdAxDeniS8bgk8HddCjY9nEUPMkRpMoJ974cWrTi");
    }

    static Message compile(JsonNode c) {
        Address payer = Ed25519Keypair.fromSeed(Vectors.hex(c.path("payerSeed"))).address();
        Blockhash blockhash = Blockhash.parse(c.path("blockhash").asText());
        return c.path("version").asText().equals("v0")
                ? MessageCompiler.compileV0(payer, instructions(c), blockhash, tables(c))
                : MessageCompiler.compileLegacy(payer, instructions(c), blockhash);
    }

    static List<Ed25519Keypair> signers(JsonNode c) {
        List<Ed25519Keypair> out = new ArrayList<>();
        out.add(Ed25519Keypair.fromSeed(Vectors.hex(c.path("payerSeed"))));
        for (JsonNode s : c.path("signerSeeds")) {
            out.add(Ed25519Keypair.fromSeed(Vectors.hex(s)));
        }
        return out;
    }

    static List<Instruction> instructions(JsonNode c) {
        List<Instruction> out = new ArrayList<>();
        for (JsonNode ix : c.path("instructions")) {
            out.add(Vectors.instruction(ix));
        }
        return out;
    }

    static List<AddressLookupTable> tables(JsonNode c) {
        List<AddressLookupTable> out = new ArrayList<>();
        for (JsonNode t : c.path("lookupTables")) {
            List<Address> addresses = new ArrayList<>();
            t.path("addresses").forEach(a -> addresses.add(Vectors.address(a)));
            out.add(new AddressLookupTable(Vectors.address(t.path("key")), addresses));
        }
        return out;
    }
}
