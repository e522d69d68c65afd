package dev.asdf.burnengine.solana.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransactionErrorsTest {
    @Test
    void aCustomInstructionErrorIsParsedWithItsIndexAndCode() {
        assertThat(TransactionErrors.parse("{\"InstructionError\":[2,{\"Custom\":6002}]}"))
                .isEqualTo(new TransactionError.InstructionFailed(2, new InstructionErrorKind.Custom(6002)));
    }

    @Test
    void aBuiltInInstructionErrorIsParsedByName() {
        assertThat(TransactionErrors.parse("{\"InstructionError\":[0,\"AccountNotEnoughKeys\"]}"))
                .isEqualTo(new TransactionError.InstructionFailed(0,
                        new InstructionErrorKind.BuiltIn("AccountNotEnoughKeys", "")));
        assertThat(TransactionErrors.parse("{\"InstructionError\":[1,{\"BorshIoError\":\"Unknown\"}]}"))
                .isEqualTo(new TransactionError.InstructionFailed(1,
                        new InstructionErrorKind.BuiltIn("BorshIoError", "\"Unknown\"")));
    }

    @Test
    void bareTransactionErrorsAreParsedByName() {
        assertThat(TransactionErrors.parse("\"BlockhashNotFound\""))
                .isEqualTo(new TransactionError.TransactionFailed("BlockhashNotFound", ""));
        assertThat(TransactionErrors.parse("\"AlreadyProcessed\""))
                .isEqualTo(new TransactionError.TransactionFailed("AlreadyProcessed", ""));
        assertThat(TransactionErrors.parse("{\"InsufficientFundsForRent\":{\"account_index\":2}}"))
                .isEqualTo(new TransactionError.TransactionFailed("InsufficientFundsForRent", "{\"account_index\":2}"));
    }

    @Test
    void malformedShapesAreRefusedNamingTheInput() {
        assertThatThrownBy(() -> TransactionErrors.parse("{\"InstructionError\":[300,{\"Custom\":1}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has a malformed InstructionError; expected [instruction index 0..255, error]");
        assertThatThrownBy(() -> TransactionErrors.parse("{\"InstructionError\":[0,{\"Custom\":-1}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a u32");
        assertThatThrownBy(() -> TransactionErrors.parse("[1,2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is neither a name nor an object");
        assertThatThrownBy(() -> TransactionErrors.parse("{oops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("transaction error '{oops' is not JSON");
    }
}
