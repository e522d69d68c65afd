package dev.asdf.burnengine.solana.program;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.TokenProgram;

/**
 * The fixed addresses of the programs and mints the engine talks to (onchain-spec §1.1).
 *
 * <p>Public because the RPC client, the fee source and the CLI name the same programs.
 */
public final class ProgramIds {
    public static final Address SYSTEM = Address.parse("11111111111111111111111111111111");
    public static final Address COMPUTE_BUDGET = Address.parse("ComputeBudget111111111111111111111111111111");
    public static final Address SPL_TOKEN = Address.parse("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
    public static final Address TOKEN_2022 = Address.parse("TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb");
    public static final Address ASSOCIATED_TOKEN = Address.parse("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL");
    public static final Address NATIVE_MINT = Address.parse("So11111111111111111111111111111111111111112");
    public static final Address ASDF = Address.parse("ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui");
    public static final Address PUMP = Address.parse("6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P");
    public static final Address PUMP_AMM = Address.parse("pAMMBay6oceH9fJKBRHGP5D4bD4sWpmSwMn52FMfXEA");
    public static final Address PUMP_FEES = Address.parse("pfeeUxB6jkeY1Hxd7CsFCAjcbHA9rWtchMGdZ6VojVZ");
    public static final Address MAYHEM = Address.parse("MAyhSmzXzV1pTf7LsNkrNwkWKTo4ougAJ1PPg47MD4e");

    private ProgramIds() {}

    /** The id of a token program: SPL Token or Token-2022. */
    public static Address of(TokenProgram program) {
        return program == TokenProgram.TOKEN_2022 ? TOKEN_2022 : SPL_TOKEN;
    }

    /**
     * The token program of an id.
     *
     * @throws IllegalArgumentException when {@code id} is neither SPL Token nor Token-2022
     */
    public static TokenProgram tokenProgram(Address id) {
        if (id.equals(SPL_TOKEN)) {
            return TokenProgram.SPL_TOKEN;
        }
        if (id.equals(TOKEN_2022)) {
            return TokenProgram.TOKEN_2022;
        }
        throw new IllegalArgumentException(id + " is not a token program; expected " + SPL_TOKEN + " (SPL Token) or "
                + TOKEN_2022 + " (Token-2022), the owner of the mint");
    }
}
