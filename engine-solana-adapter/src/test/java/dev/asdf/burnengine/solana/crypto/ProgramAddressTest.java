package dev.asdf.burnengine.solana.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramAddressTest {
    @Test
    void findProgramAddressEqualsWeb3jsOnEveryOracleCase() {
        JsonNode cases = Vectors.load("pdas.json").path("find");
        assertThat(cases.size()).isGreaterThanOrEqualTo(1000);
        for (JsonNode c : cases) {
            ProgramAddress pda = ProgramAddress.find(seeds(c), Vectors.address(c.path("program")));
            assertThat(pda.address().toString()).as("PDA of %s", c).isEqualTo(c.path("address").asText());
            assertThat(pda.bump()).as("bump of %s", c).isEqualTo(c.path("bump").asInt());
        }
    }

    @Test
    void createProgramAddressEqualsWeb3jsIncludingOnCurveRefusals() {
        int onCurve = 0;
        for (JsonNode c : Vectors.load("pdas.json").path("create")) {
            var created = ProgramAddress.create(seeds(c), Vectors.address(c.path("program")));
            if (c.path("address").isNull()) {
                onCurve++;
                assertThat(created).as("on-curve case %s", c).isEmpty();
            } else {
                assertThat(created).as("case %s", c).contains(Vectors.address(c.path("address")));
            }
        }
        assertThat(onCurve).as("the oracle exercised on-curve results").isGreaterThan(50);
    }

    @Test
    void workedExamplesOfTheOnchainSpecHold() {
        Address asdfMint = Address.parse("9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump");
        assertThat(ProgramAddress.find(ProgramIds.ASDF, "token_stats_v1", asdfMint))
                .isEqualTo(new ProgramAddress(Address.parse("DXV49AkX4Dkujns9dPMY7FasmZZncyqpyWUtYxR6atdD"), 255));
        assertThat(ProgramAddress.find(ProgramIds.ASDF, "root_treasury", asdfMint))
                .isEqualTo(new ProgramAddress(Address.parse("72bCCXFuhxjgUd42keVPmtTSg6ooJ7JfU1byzT7GvFrj"), 255));
        assertThat(ProgramAddress.find(ProgramIds.PUMP, "bonding-curve", asdfMint))
                .isEqualTo(new ProgramAddress(Address.parse("HJuxsfecM5PJchfoSyEWNzdPsoUoR2TUeSDbJ3dV5kTF"), 254));
        assertThat(ProgramAddress.find(ProgramIds.ASDF, "dat_v3"))
                .isEqualTo(new ProgramAddress(Address.parse("8PYJVqWW9qHthm44mzgQbKpy374VMdvgz75YAxNEXZ8S"), 253));
        assertThat(ProgramAddress.find(ProgramIds.ASDF, "auth_v3"))
                .isEqualTo(new ProgramAddress(Address.parse("84ddDW8Vvuc9NMTQQFMtd2SAhR3xvGEJgJ9Xqe2VMi68"), 252));
        assertThat(ProgramAddress.find(ProgramIds.ASDF, "rebate_pool"))
                .isEqualTo(new ProgramAddress(Address.parse("4cRhp41PQoMx93xCKvSjmq1dNi9p7jTFEsUtJWbrdNdn"), 255));
    }

    @Test
    void wrongSeedDerivationsOfTheSeedGiveTheDocumentedNonAccounts() {
        Address asdfMint = Address.parse("9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump");
        assertThat(ProgramAddress.find(ProgramIds.PUMP_AMM, "pool", asdfMint, ProgramIds.NATIVE_MINT).address())
                .hasToString("7dETQkgUbyHsMuibVFC2D4SuTGijhFQkKcRTSbKqWicY");
        assertThat(ProgramAddress.find(ProgramIds.PUMP_AMM, "global").address())
                .hasToString("b7qBN4EtUj3W4bnQ8RLYRKTMUFeUbQ9KKRUnGYixQWT");
        assertThat(ProgramAddress.find(ProgramIds.PUMP, "fee-config").address())
                .hasToString("5QZPCKBnrwDibcDKQVq5zPXknapr1JgJJTK73xq9uKSk");
    }

    @Test
    void aSeedLongerThan32BytesIsRefusedWithItsIndex() {
        assertThatThrownBy(() -> ProgramAddress.find(List.of(new byte[3], new byte[33]), ProgramIds.ASDF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seed 1 is 33 bytes; a program-address seed is at most 32 bytes");
    }

    @Test
    void sixteenSeedsLeaveNoRoomForTheBump() {
        List<byte[]> seeds = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            seeds.add(new byte[1]);
        }
        assertThatThrownBy(() -> ProgramAddress.find(seeds, ProgramIds.ASDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 15");
        assertThat(ProgramAddress.create(seeds, ProgramIds.ASDF)).isNotNull();
    }

    private static List<byte[]> seeds(JsonNode c) {
        List<byte[]> seeds = new ArrayList<>();
        for (JsonNode s : c.path("seeds")) {
            seeds.add(Vectors.hex(s));
        }
        return seeds;
    }
}
