package dev.asdf.burnengine.solana.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Web3AccountOrderTest {
    @Test
    void digitsSortBeforeLetters() {
        assertThat(Web3AccountOrder.compareBase58("9abc", "Aabc")).isNegative();
    }

    @Test
    void lettersCompareCaseInsensitivelyFirst() {
        assertThat(Web3AccountOrder.compareBase58("abz", "ABc")).isPositive();
        assertThat(Web3AccountOrder.compareBase58("Zb", "ac")).isPositive();
    }

    @Test
    void onACaseOnlyDifferenceLowerCaseComesFirst() {
        assertThat(Web3AccountOrder.compareBase58("abc", "aBc")).isNegative();
        assertThat(Web3AccountOrder.compareBase58("aBc", "abc")).isPositive();
    }

    @Test
    void aPrefixSortsFirst() {
        assertThat(Web3AccountOrder.compareBase58("abc", "abcd")).isNegative();
    }
}
