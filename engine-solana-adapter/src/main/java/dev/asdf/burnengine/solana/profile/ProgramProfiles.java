package dev.asdf.burnengine.solana.profile;

/**
 * The set of program profiles the engine builds with: the ASDF program, pump, PumpSwap and the pump fee program.
 *
 * <p>Public: the executor and the CLI start from {@link #current()}. A program upgrade adds a profile file under
 * {@code /profiles/} and points {@link #current()} at it (docs/solana-layer.md).
 */
public record ProgramProfiles(ProgramProfile asdf, ProgramProfile pump, ProgramProfile pumpAmm,
        ProgramProfile pumpFees) {
    static final String ASDF = "/profiles/asdf-c0970eb.json";
    static final String PUMP = "/profiles/pump-2026-04-28.json";
    static final String PUMP_AMM = "/profiles/pump_amm-2026-04-28.json";
    static final String PUMP_FEES = "/profiles/pump_fees-2.0.0.json";

    /** The profiles of the programs as deployed today (pump.fun's 2026-04-28 upgrade included). */
    public static ProgramProfiles current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final ProgramProfiles CURRENT = new ProgramProfiles(ProgramProfile.fromResource(ASDF),
                ProgramProfile.fromResource(PUMP), ProgramProfile.fromResource(PUMP_AMM),
                ProgramProfile.fromResource(PUMP_FEES));
    }
}
