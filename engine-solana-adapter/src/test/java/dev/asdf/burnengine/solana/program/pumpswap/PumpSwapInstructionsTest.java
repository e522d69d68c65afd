package dev.asdf.burnengine.solana.program.pumpswap;

import static dev.asdf.burnengine.solana.Vectors.address;
import static dev.asdf.burnengine.solana.Vectors.u64;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PumpSwapInstructionsTest {
    private final PumpSwapInstructions amm = new PumpSwapInstructions(ProgramProfiles.current().pumpAmm());

    @Test
    void buyEqualsThePumpSwapSdksInstructionIncludingTheConditionalTrailingAccounts() {
        int cashback = 0;
        int withoutCreator = 0;
        for (JsonNode v : Vectors.instructions("pumpswap", "buy")) {
            JsonNode i = v.path("inputs");
            Pool pool = pool(i.path("pool"));
            Instruction ix = amm.buy(new PumpSwapBuy(address(i.path("poolAddress")), pool, address(i.path("user")),
                    address(i.path("userBaseTokenAccount")), address(i.path("userQuoteTokenAccount")),
                    address(i.path("baseTokenProgram")), address(i.path("quoteTokenProgram")),
                    address(i.path("protocolFeeRecipient")), address(i.path("buybackFeeRecipient")),
                    u64(i.path("baseAmountOut")), u64(i.path("maxQuoteAmountIn")), i.path("trackVolume").asBoolean()));
            assertThat(ix).as("buy %s", i).isEqualTo(Vectors.instruction(v.path("instruction")));
            int expected = 23 + 2 + (pool.cashbackCoin() ? 1 : 0) + (pool.coinCreator().isZero() ? 0 : 1);
            assertThat(ix.accounts()).hasSize(expected);
            cashback += pool.cashbackCoin() ? 1 : 0;
            withoutCreator += pool.coinCreator().isZero() ? 1 : 0;
        }
        assertThat(cashback).as("cashback pools covered").isPositive();
        assertThat(withoutCreator).as("pools without coin creator covered").isPositive();
    }

    @Test
    void collectCoinCreatorFeeEqualsTheSdksEightAccountInstruction() {
        for (JsonNode v : Vectors.instructions("pumpswap", "collect_coin_creator_fee")) {
            JsonNode i = v.path("inputs");
            Instruction ix = amm.collectCoinCreatorFee(address(i.path("quoteMint")), address(i.path("quoteTokenProgram")),
                    address(i.path("coinCreator")), address(i.path("coinCreatorTokenAccount")));
            assertThat(ix).isEqualTo(Vectors.instruction(v.path("instruction")));
            assertThat(ix.accounts()).hasSize(8);
        }
    }

    @Test
    void addressesOfTheSpecTableAreDerived() {
        assertThat(PumpSwapAddresses.GLOBAL_CONFIG).hasToString("ADyA8hdefvWN2dbGGWFotbzWxrAvLW83WG6QCVXvJKqw");
        assertThat(PumpSwapAddresses.EVENT_AUTHORITY).hasToString("GS4CU59F31iL7aR2Q8zVS8DRrcRnXX1yjQ66TqNVQnaR");
        assertThat(PumpSwapAddresses.GLOBAL_VOLUME_ACCUMULATOR)
                .hasToString("C2aFPdENg4A2HQsmrd5rTw5TaYBX5Ku887cWjbFKtZpw");
        assertThat(PumpSwapAddresses.FEE_CONFIG).hasToString("5PHirr8joyTMp9JMm6nW7hNDVyEYdkzDqazxPD7RaTjx");
        Address asdfMint = Address.parse("9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump");
        assertThat(PumpSwapAddresses.canonicalPool(asdfMint)).hasToString("DuhRX5JTPtsWU5n44t8tcFEfmzy2Eu27p4y6z8Rhf2bb");
        assertThat(PumpSwapAddresses.poolV2(asdfMint)).hasToString("J4H7zihY1ousaxAwoaV5b1xjAYgQQ7rFjztvhMCBSMEG");
        Address datAuthority = Address.parse("84ddDW8Vvuc9NMTQQFMtd2SAhR3xvGEJgJ9Xqe2VMi68");
        assertThat(PumpSwapAddresses.coinCreatorVaultAuthority(datAuthority))
                .hasToString("7TPfjqJRDFT7k2RQMVtA2VN24uyagLf3q5Nut3vzWtfA");
        assertThat(PumpSwapAddresses.coinCreatorVaultAta(datAuthority, ProgramIds.NATIVE_MINT, ProgramIds.SPL_TOKEN))
                .hasToString("Ba1S4LeTHWNaugrM6QJoJ1X2apRnbDQYkNuwqUdFCxP1");
        assertThat(PumpSwapAddresses.userVolumeAccumulator(datAuthority))
                .hasToString("7stTG7ypEms5WiaGJGUhGrAxxUJo2VEEPaujdgG6Kpzp");
    }

    static Pool pool(JsonNode p) {
        Address zero = Address.of(new byte[32]);
        return new Pool(255, 0, address(p.path("creator")), address(p.path("baseMint")), address(p.path("quoteMint")),
                zero, address(p.path("poolBaseTokenAccount")), address(p.path("poolQuoteTokenAccount")), 1,
                address(p.path("coinCreator")), p.path("isMayhemMode").asBoolean(), p.path("isCashbackCoin").asBoolean(),
                BigInteger.ZERO, 0, false, false);
    }
}
