package dev.asdf.burnengine.solana.program.pump;

import static dev.asdf.burnengine.solana.Vectors.address;
import static dev.asdf.burnengine.solana.Vectors.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PumpInstructionsTest {
    private final PumpInstructions pump = new PumpInstructions(ProgramProfiles.current().pump());

    @Test
    void buyEqualsThePumpSdksInstructionWithTheEighteenAccountsOfThe2026Upgrade() {
        for (JsonNode v : Vectors.instructions("pump", "buy")) {
            JsonNode i = v.path("inputs");
            Instruction ix = pump.buy(new PumpBuy(address(i.path("mint")), address(i.path("user")),
                    address(i.path("creator")), address(i.path("feeRecipient")),
                    address(i.path("buybackFeeRecipient")), address(i.path("tokenProgram")), u64(i.path("amount")),
                    u64(i.path("maxSolCost")), i.path("trackVolume").asBoolean()));
            assertThat(ix).as("buy %s", i).isEqualTo(Vectors.instruction(v.path("instruction")));
            assertThat(ix.accounts()).hasSize(18);
        }
    }

    @Test
    void buyDataMatchesTheGoldenEncodingOfTestingPeers() {
        Address any = Address.parse("9hSR6S7WPtxmTojgo6GG3k4yDPecgJY292j7xrsUGWBu");
        Instruction ix = pump.buy(new PumpBuy(any, any, any, any, any, ProgramIds.SPL_TOKEN, 1_000_000, 50_000_000,
                true));
        assertThat(HexFormat.of().formatHex(ix.data()))
                .isEqualTo("66063d1201daebea40420f000000000080f0fa020000000001");
    }

    @Test
    void collectCreatorFeeEqualsThePumpSdksInstruction() {
        for (JsonNode v : Vectors.instructions("pump", "collect_creator_fee")) {
            assertThat(pump.collectCreatorFee(address(v.path("inputs").path("creator"))))
                    .isEqualTo(Vectors.instruction(v.path("instruction")));
        }
    }

    @Test
    void addressesOfTheSpecTableAreDerived() {
        assertThat(PumpAddresses.GLOBAL).hasToString("4wTV1YmiEkRvAtNtsSGPtUrqRYQMe5SKy2uB4Jjaxnjf");
        assertThat(PumpAddresses.EVENT_AUTHORITY).hasToString("Ce6TQqeHC9p8KetsN6JsjHK7UTZk7nasjjnr7XxXp9F1");
        assertThat(PumpAddresses.MINT_AUTHORITY).hasToString("TSLvdd1pWpHVjahSpsvCXUbgwsL3JAcvokwaKt1eokM");
        assertThat(PumpAddresses.GLOBAL_VOLUME_ACCUMULATOR).hasToString("Hq2wp8uJ9jCPsYgNHex8RtqdvMPfVGoYwjvF1ATiwn2Y");
        assertThat(PumpAddresses.FEE_CONFIG).hasToString("8Wf5TiAheLUqBrKXeYg2JtAFFMWtKdG2BSFgqUcPVwTt");
        Address asdfMint = Address.parse("9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump");
        assertThat(PumpAddresses.bondingCurveV2(asdfMint)).hasToString("95XqvqV37xTg4rVGCdNgPuH9JtneK2p2dvC2BqXHHGpX");
        assertThat(PumpAddresses.poolAuthority(asdfMint)).hasToString("6zHDXnfbEwNWheGdxTWYBfbSajvMogBc49TNXbS1PLax");
        assertThat(PumpAddresses.sharingConfig(asdfMint)).hasToString("G81enb5K5nvJMTveKXmdL2zPsMUuMX5SnKSTH3a2eRrk");
        Address datAuthority = Address.parse("84ddDW8Vvuc9NMTQQFMtd2SAhR3xvGEJgJ9Xqe2VMi68");
        assertThat(PumpAddresses.creatorVault(datAuthority)).hasToString("2qKTkpBRXK19CeG9xvY25HngTWwsN4uSE1dAibjFQALC");
        assertThat(PumpAddresses.userVolumeAccumulator(datAuthority))
                .hasToString("8yMecAbLvwqSRwRXpSxYhbXFyX9Xv24HySckP4FWjirQ");
        Address owner = Address.parse("9C6hybhQ6Aycep9jaUnP6uL9ZYvDjUp1aSkFWPUFJtpj");
        assertThat(PumpAddresses.creatorVault(owner)).hasToString("CWViAGWx8JMUat8iMTNpvjRUHmnn4jkx8EUaiXNGj6S9");
        assertThat(PumpAddresses.userVolumeAccumulator(owner)).hasToString("6eSz5v7mkQBt4kpq1pC8MFPJRPyarqYzRiGBLRfQ9oox");
    }

    @Test
    void aBuyOfAProfileMissingAnAccountFailsNamingIt() {
        var builder = ProgramProfiles.current().pump().instruction("buy");
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("account 'fee_recipient' of pump@2026-04-28 buy was not given and cannot be derived: it is"
                        + " neither a fixed address nor a PDA in the IDL; pass it with account(\"fee_recipient\","
                        + " address)");
    }
}
