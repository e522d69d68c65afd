package dev.asdf.burnengine.solana.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.Base58;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.message.Blockhash;
import dev.asdf.burnengine.solana.message.MessageCompiler;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.asdf.AsdfInstructions;
import dev.asdf.burnengine.solana.program.asdf.BuyBudget;
import dev.asdf.burnengine.solana.program.asdf.CurveBuyTarget;
import dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionDescriberTest {
    private static final Ed25519Keypair ADMIN = Ed25519Keypair.fromSeed(new byte[32]);
    private static final Address MINT = Address.parse("9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump");
    private final TransactionDescriber describer = new TransactionDescriber(ProgramProfiles.current());

    @Test
    void aCycleTransactionIsShownByProgramInstructionNameAndArguments() {
        TransactionDescription d = describer.describe(cycle());
        assertThat(d.version()).isEqualTo("legacy");
        assertThat(d.signaturesValid()).isTrue();
        assertThat(d.instructions()).extracting(i -> i.program() + "." + i.name()).containsExactly(
                "compute_budget.set_compute_unit_limit", "compute_budget.set_compute_unit_price", "asdf.collect_fees",
                "asdf.execute_buy_secondary", "asdf.finalize_allocated_cycle", "asdf.burn_and_update",
                "asdf.transfer_dev_fee");
        var buy = d.instructions().get(3);
        assertThat(buy.arguments()).extracting(a -> a.name() + "=" + a.value())
                .containsExactly("allocated_lamports=1000000000");
        assertThat(buy.accounts().get(0).role()).isEqualTo("dat_state");
        assertThat(buy.accounts().get(0).address()).isEqualTo("8PYJVqWW9qHthm44mzgQbKpy374VMdvgz75YAxNEXZ8S");
        assertThat(d.accounts()).anySatisfy(a -> assertThat(a.label()).isEqualTo("ASDF dat_authority"));
    }

    @Test
    void textAndJsonRenderingsNameTheInstructions() {
        TransactionDescription d = describer.describe(cycle());
        assertThat(DescriptionText.render(d)).contains("#3 asdf.execute_buy_secondary(allocated_lamports = 1000000000)")
                .contains("dat_state");
        assertThat(DescriptionJson.render(d)).contains("\"name\" : \"execute_buy_secondary\"");
    }

    @Test
    void base64AndBase58FormsOfTheSameTransactionAreBothRead() {
        byte[] wire = cycle();
        assertThat(TransactionDescriber.parseEncoded(Base64.getEncoder().encodeToString(wire))).isEqualTo(wire);
        assertThat(TransactionDescriber.parseEncoded(Base58.encode(wire))).isEqualTo(wire);
    }

    @Test
    void textThatIsNoTransactionIsRefusedSayingWhy() {
        assertThatThrownBy(() -> TransactionDescriber.parseEncoded("   "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the transaction text is empty");
        assertThatThrownBy(() -> describer.describe(new byte[] {1, 2, 3}))
                .isInstanceOf(DecodingException.class);
    }

    private static byte[] cycle() {
        AsdfInstructions asdf = new AsdfInstructions(ProgramProfiles.current().asdf());
        CurveBuyTarget target = new CurveBuyTarget(MINT, dev.asdf.burnengine.solana.program.asdf.AsdfAddresses.DAT_AUTHORITY,
                ProgramIds.SPL_TOKEN, ProgramIds.SYSTEM);
        var message = MessageCompiler.compileLegacy(ADMIN.address(), List.of(
                ComputeBudgetInstructions.setComputeUnitLimit(500_000),
                ComputeBudgetInstructions.setComputeUnitPrice(10_000),
                asdf.collectFees(MINT, MINT, false, true),
                asdf.executeBuySecondary(target, MINT, BuyBudget.allocated(1_000_000_000L)),
                asdf.finalizeAllocatedCycle(MINT, ADMIN.address(), true),
                asdf.burnAndUpdate(MINT, ProgramIds.SPL_TOKEN),
                asdf.transferDevFee(552_000_000L)), Blockhash.of(new byte[32]));
        return Transaction.sign(message, ADMIN).serialize();
    }
}
