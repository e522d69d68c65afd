package dev.asdf.burnengine.solana.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscriminatorTest {
    @Test
    void instructionDiscriminatorsOfTheSpecAreSha256OfGlobalName() {
        assertThat(Discriminator.instruction("buy")).hasToString("66063d1201daebea");
        assertThat(Discriminator.instruction("execute_buy")).hasToString("0e89f805acf4b798");
        assertThat(Discriminator.instruction("collect_fees")).hasToString("a498cf631eba13b6");
        assertThat(Discriminator.instruction("collect_creator_fee")).hasToString("1416567bc61cdb84");
        assertThat(Discriminator.instruction("collect_coin_creator_fee")).hasToString("a039592ab58b2b42");
    }

    @Test
    void accountDiscriminatorsOfTheSpecAreSha256OfAccountName() {
        assertThat(Discriminator.account("BondingCurve")).hasToString("17b7f83760d8ac60");
        assertThat(Discriminator.account("Pool")).hasToString("f19a6d0411b16dbc");
        assertThat(Discriminator.account("GlobalConfig")).hasToString("95089ccaa0fcb0d9");
        assertThat(Discriminator.account("FeeConfig")).hasToString("8f3492bbdb7b4c9b");
    }

    @Test
    void eventDiscriminatorsOfTheSpecAreSha256OfEventName() {
        assertThat(Discriminator.event("TradeEvent")).hasToString("bddb7fd34ee661ee");
        assertThat(Discriminator.event("BuyEvent")).hasToString("67f4521f2cf57777");
        assertThat(Discriminator.event("CycleCompleted")).hasToString("bd6def92e8e03763");
    }

    @Test
    void matchingNeverReadsPastTheEnd() {
        Discriminator d = Discriminator.instruction("buy");
        assertThat(d.matches(new byte[7], 0)).isFalse();
        assertThat(d.matches(d.toBytes(), 1)).isFalse();
        assertThat(d.matches(d.toBytes(), 0)).isTrue();
    }
}
