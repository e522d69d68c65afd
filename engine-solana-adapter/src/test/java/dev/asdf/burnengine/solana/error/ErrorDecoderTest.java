package dev.asdf.burnengine.solana.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.StepError;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorDecoderTest {
    private static final List<Address> CYCLE = List.of(ProgramIds.COMPUTE_BUDGET, ProgramIds.COMPUTE_BUDGET,
            ProgramIds.ASDF, ProgramIds.ASDF, ProgramIds.PUMP, ProgramIds.PUMP_AMM, ProgramIds.SPL_TOKEN);

    @Test
    void theProgramOfTheFailingInstructionDecidesTheTable() {
        assertThat(decode("{\"InstructionError\":[4,{\"Custom\":6002}]}", List.of()).toStepError())
                .isEqualTo(new StepError("pump:6002:TooMuchSolRequired", ErrorDecoder.decode(TransactionErrors.parse(
                        "{\"InstructionError\":[4,{\"Custom\":6002}]}"), CYCLE, List.of()).message(),
                        RetryClass.TRANSIENT));
        assertThat(decode("{\"InstructionError\":[2,{\"Custom\":6002}]}", List.of()).stableCode())
                .isEqualTo("asdf:6002:UnauthorizedAccess");
    }

    @Test
    void aPumpErrorInsideAnAsdfInstructionIsPumpsAsTheLogsShow() {
        List<String> logs = List.of("Program ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui invoke [1]",
                "Program 6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P invoke [2]",
                "Program 6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P failed: custom program error: 0x17ae",
                "Program ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui failed: custom program error: 0x17ae");
        ProgramError error = decode("{\"InstructionError\":[3,{\"Custom\":6062}]}", logs);
        assertThat(error.stableCode()).isEqualTo("pump:6062:BuybackFeeRecipientMissing");
        assertThat(error.retryClass()).isEqualTo(RetryClass.PROTOCOL_DRIFT);
    }

    @Test
    void cycleTooSoonMeansTheProgramRefusedForNow() {
        ProgramError error = decode("{\"InstructionError\":[2,{\"Custom\":6003}]}", List.of());
        assertThat(error.stableCode()).isEqualTo("asdf:6003:CycleTooSoon");
        assertThat(error.retryClass()).isEqualTo(RetryClass.NOT_READY);
    }

    @Test
    void anUnknownCustomCodeIsProtocolDrift() {
        ProgramError error = decode("{\"InstructionError\":[5,{\"Custom\":6999}]}", List.of());
        assertThat(error.stableCode()).isEqualTo("pumpswap:6999:Unknown");
        assertThat(error.retryClass()).isEqualTo(RetryClass.PROTOCOL_DRIFT);
        assertThat(error.message()).contains("pause the token and compare its IDL with the profile");
    }

    @Test
    void missingAccountsAreProtocolDrift() {
        assertThat(decode("{\"InstructionError\":[3,{\"Custom\":3005}]}", List.of()).stableCode())
                .isEqualTo("asdf:3005:AccountNotEnoughKeys");
        assertThat(decode("{\"InstructionError\":[3,{\"Custom\":3005}]}", List.of()).retryClass())
                .isEqualTo(RetryClass.PROTOCOL_DRIFT);
        assertThat(decode("{\"InstructionError\":[0,\"NotEnoughAccountKeys\"]}", List.of()).retryClass())
                .isEqualTo(RetryClass.PROTOCOL_DRIFT);
    }

    @Test
    void nativeProgramErrorsAreNamed() {
        ProgramError error = decode("{\"InstructionError\":[6,{\"Custom\":1}]}", List.of());
        assertThat(error.stableCode()).isEqualTo("spl_token:1:InsufficientFunds");
    }

    @Test
    void anExpiredBlockhashIsTransient() {
        ProgramError error = decode("\"BlockhashNotFound\"", List.of());
        assertThat(error.stableCode()).isEqualTo("tx:BlockhashNotFound");
        assertThat(error.retryClass()).isEqualTo(RetryClass.TRANSIENT);
    }

    @Test
    void aTransactionErrorNobodyKnowsIsProtocolDrift() {
        assertThat(decode("\"SomethingNew\"", List.of()).retryClass()).isEqualTo(RetryClass.PROTOCOL_DRIFT);
    }

    @Test
    void anInstructionIndexBeyondTheTransactionIsReportedAsSuch() {
        ProgramError error = decode("{\"InstructionError\":[9,{\"Custom\":1}]}", List.of());
        assertThat(error.program()).isEqualTo("unknown");
        assertThat(error.message()).contains("the transaction has only 7 instructions");
    }

    @Test
    void everyAsdfErrorOfTheIdlHasANameAndARetryClass() {
        for (var e : ProgramProfiles.current().asdf().idl().errors()) {
            ProgramError decoded = decode("{\"InstructionError\":[2,{\"Custom\":" + e.code() + "}]}", List.of());
            assertThat(decoded.name()).isEqualTo(e.name());
            assertThat(decoded.retryClass()).as("class of %s", e.name()).isNotEqualTo(RetryClass.PROTOCOL_DRIFT);
        }
    }

    private static ProgramError decode(String json, List<String> logs) {
        return ErrorDecoder.decode(TransactionErrors.parse(json), CYCLE, logs);
    }
}
