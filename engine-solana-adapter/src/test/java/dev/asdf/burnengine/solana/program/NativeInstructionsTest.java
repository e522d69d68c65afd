package dev.asdf.burnengine.solana.program;

import static dev.asdf.burnengine.solana.Vectors.address;
import static dev.asdf.burnengine.solana.Vectors.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ata.AssociatedTokenInstructions;
import dev.asdf.burnengine.solana.program.computebudget.ComputeBudgetInstructions;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.program.token.TokenInstructions;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NativeInstructionsTest {
    @Test
    void systemTransferEqualsWeb3js() {
        check("system_transfer", i -> SystemInstructions.transfer(address(i.path("from")), address(i.path("to")),
                Lamports.of(Long.parseLong(i.path("lamports").asText()))));
    }

    @Test
    void computeUnitLimitEqualsWeb3js() {
        check("set_compute_unit_limit", i -> ComputeBudgetInstructions.setComputeUnitLimit(i.path("units").asLong()));
    }

    @Test
    void computeUnitPriceEqualsWeb3js() {
        check("set_compute_unit_price", i -> ComputeBudgetInstructions.setComputeUnitPrice(
                u64(i.path("microLamports"))));
    }

    @Test
    void burnEqualsSplTokenOnBothTokenPrograms() {
        check("token_burn", i -> TokenInstructions.burn(address(i.path("account")), address(i.path("mint")),
                address(i.path("owner")), amount(i), address(i.path("program"))));
    }

    @Test
    void burnCheckedEqualsSplTokenOnBothTokenPrograms() {
        check("token_burn_checked", i -> TokenInstructions.burnChecked(address(i.path("account")),
                address(i.path("mint")), address(i.path("owner")), amount(i), i.path("decimals").asInt(),
                address(i.path("program"))));
    }

    @Test
    void closeAccountEqualsSplTokenOnBothTokenPrograms() {
        check("token_close_account", i -> TokenInstructions.closeAccount(address(i.path("account")),
                address(i.path("destination")), address(i.path("owner")), address(i.path("program"))));
    }

    @Test
    void syncNativeEqualsSplTokenOnBothTokenPrograms() {
        check("token_sync_native", i -> TokenInstructions.syncNative(address(i.path("account")),
                address(i.path("program"))));
    }

    @Test
    void createIdempotentEqualsSplTokenOnBothTokenPrograms() {
        check("ata_create_idempotent", i -> AssociatedTokenInstructions.createIdempotent(address(i.path("payer")),
                address(i.path("owner")), address(i.path("mint")), address(i.path("program"))));
    }

    @Test
    void aBurnWithAProgramThatIsNoTokenProgramIsRefused() {
        Address notToken = ProgramIds.SYSTEM;
        assertThatThrownBy(() -> TokenInstructions.burn(notToken, notToken, notToken, TokenAmount.of(1), notToken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("11111111111111111111111111111111 is not a token program");
    }

    private static void check(String name, Function<JsonNode, Instruction> builder) {
        int checked = 0;
        for (JsonNode v : Vectors.instructions("native", name)) {
            JsonNode i = v.path("inputs");
            assertThat(builder.apply(i)).as("%s %s", name, i).isEqualTo(Vectors.instruction(v.path("instruction")));
            checked++;
        }
        assertThat(checked).as("%s cases checked", name).isGreaterThanOrEqualTo(4);
    }

    private static TokenAmount amount(JsonNode i) {
        return TokenAmount.of(Long.parseLong(i.path("amount").asText()));
    }
}
