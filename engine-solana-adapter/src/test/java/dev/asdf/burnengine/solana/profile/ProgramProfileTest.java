package dev.asdf.burnengine.solana.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.solana.program.ProgramIds;
import org.junit.jupiter.api.Test;

class ProgramProfileTest {
    @Test
    void currentProfilesNameTheirProgramsAndDates() {
        ProgramProfiles p = ProgramProfiles.current();
        assertThat(p.asdf().programId()).isEqualTo(ProgramIds.ASDF);
        assertThat(p.pump().programId()).isEqualTo(ProgramIds.PUMP);
        assertThat(p.pumpAmm().programId()).isEqualTo(ProgramIds.PUMP_AMM);
        assertThat(p.pumpFees().programId()).isEqualTo(ProgramIds.PUMP_FEES);
        assertThat(p.pump().id()).isEqualTo("pump@2026-04-28");
    }

    @Test
    void thePump2026ProfileAddsTwoTrailingAccountsToBuy() {
        assertThat(ProgramProfiles.current().pump().trailingAccounts("buy"))
                .extracting(t -> t.account().name())
                .containsExactly("bonding_curve_v2", "buyback_fee_recipient");
    }

    @Test
    void namingAnAccountTheInstructionDoesNotHaveIsAnError() {
        assertThatThrownBy(() -> ProgramProfiles.current().asdf().instruction("resume")
                .account("treasury", ProgramIds.SYSTEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instruction resume of profile asdf@c0970eb has no account 'treasury'; its accounts are"
                        + " [dat_state, admin]");
    }

    @Test
    void anInstructionTheIdlDoesNotHaveIsAnError() {
        assertThatThrownBy(() -> ProgramProfiles.current().pump().instruction("buy_everything"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pump IDL has no instruction 'buy_everything'; the program profile and the IDL"
                        + " disagree");
    }

    @Test
    void aMissingProfileResourceIsNamed() {
        assertThatThrownBy(() -> ProgramProfile.fromResource("/profiles/pump-2030-01-01.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("program profile /profiles/pump-2030-01-01.json is not on the classpath");
    }
}
