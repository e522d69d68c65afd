package dev.asdf.burnengine.solana.error;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.solana.idl.Idl;
import dev.asdf.burnengine.solana.idl.IdlError;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import java.util.HashMap;
import java.util.Map;

/**
 * Every error code the engine can meet, by program, with its retry class (the table in docs/solana-layer.md).
 *
 * <p>Anchor programs' own codes come from their IDLs; the Anchor framework codes (100–5000) are shared; the native
 * programs' codes are listed here. Named errors default to {@link RetryClass#PERMANENT}; the exceptions are listed
 * explicitly. A code no table knows is {@link RetryClass#PROTOCOL_DRIFT}.
 */
final class ErrorCatalog {
    record Entry(String name, String message, RetryClass retryClass) {}

    record Program(String label, Map<Long, Entry> codes, boolean anchor) {}

    private static final Map<Long, String> ANCHOR = parse("100:InstructionMissing 101:InstructionFallbackNotFound "
            + "102:InstructionDidNotDeserialize 103:InstructionDidNotSerialize 1000:IdlInstructionStub "
            + "1001:IdlInstructionInvalidProgram 1002:IdlAccountNotEmpty 1500:EventInstructionStub 2000:ConstraintMut "
            + "2001:ConstraintHasOne 2002:ConstraintSigner 2003:ConstraintRaw 2004:ConstraintOwner "
            + "2005:ConstraintRentExempt 2006:ConstraintSeeds 2007:ConstraintExecutable 2008:ConstraintState "
            + "2009:ConstraintAssociated 2010:ConstraintAssociatedInit 2011:ConstraintClose 2012:ConstraintAddress "
            + "2013:ConstraintZero 2014:ConstraintTokenMint 2015:ConstraintTokenOwner 2016:ConstraintMintMintAuthority "
            + "2017:ConstraintMintFreezeAuthority 2018:ConstraintMintDecimals 2019:ConstraintSpace "
            + "2020:ConstraintAccountIsNone 2021:ConstraintTokenTokenProgram 2022:ConstraintMintTokenProgram "
            + "2023:ConstraintAssociatedTokenTokenProgram 2500:RequireViolated 2501:RequireEqViolated "
            + "2502:RequireKeysEqViolated 2503:RequireNeqViolated 2504:RequireKeysNeqViolated 2505:RequireGtViolated "
            + "2506:RequireGteViolated 3000:AccountDiscriminatorAlreadySet 3001:AccountDiscriminatorNotFound "
            + "3002:AccountDiscriminatorMismatch 3003:AccountDidNotDeserialize 3004:AccountDidNotSerialize "
            + "3005:AccountNotEnoughKeys 3006:AccountNotMutable 3007:AccountOwnedByWrongProgram 3008:InvalidProgramId "
            + "3009:InvalidProgramExecutable 3010:AccountNotSigner 3011:AccountNotSystemOwned "
            + "3012:AccountNotInitialized 3013:AccountNotProgramData 3014:AccountNotAssociatedTokenAccount "
            + "3015:AccountSysvarMismatch 3016:AccountReallocExceedsLimit 3017:AccountDuplicateReallocs "
            + "4100:DeclaredProgramIdMismatch 4101:TryingToInitPayerAsProgramAccount 4102:InvalidNumericConversion "
            + "5000:Deprecated");

    /** Anchor framework codes that mean our profile no longer matches the program. */
    private static final Map<Long, RetryClass> ANCHOR_CLASSES = Map.of(
            101L, RetryClass.PROTOCOL_DRIFT, 102L, RetryClass.PROTOCOL_DRIFT, 3005L, RetryClass.PROTOCOL_DRIFT,
            3001L, RetryClass.PROTOCOL_DRIFT, 3002L, RetryClass.PROTOCOL_DRIFT, 3003L, RetryClass.PROTOCOL_DRIFT);

    private static final Map<String, Map<Long, RetryClass>> CLASSES = Map.of(
            "asdf", Map.ofEntries(
                    Map.entry(6001L, RetryClass.NOT_READY), Map.entry(6003L, RetryClass.NOT_READY),
                    Map.entry(6006L, RetryClass.TRANSIENT), Map.entry(6007L, RetryClass.TRANSIENT),
                    Map.entry(6015L, RetryClass.TRANSIENT), Map.entry(6016L, RetryClass.TRANSIENT),
                    Map.entry(6017L, RetryClass.TRANSIENT), Map.entry(6018L, RetryClass.NOT_READY),
                    Map.entry(6031L, RetryClass.NOT_READY)),
            "pump", Map.ofEntries(
                    Map.entry(6002L, RetryClass.TRANSIENT), Map.entry(6003L, RetryClass.TRANSIENT),
                    Map.entry(6021L, RetryClass.TRANSIENT), Map.entry(6023L, RetryClass.TRANSIENT),
                    Map.entry(6040L, RetryClass.TRANSIENT), Map.entry(6041L, RetryClass.TRANSIENT),
                    Map.entry(6042L, RetryClass.TRANSIENT),
                    Map.entry(6027L, RetryClass.PROTOCOL_DRIFT), Map.entry(6057L, RetryClass.PROTOCOL_DRIFT),
                    Map.entry(6062L, RetryClass.PROTOCOL_DRIFT), Map.entry(6072L, RetryClass.PROTOCOL_DRIFT),
                    Map.entry(6074L, RetryClass.PROTOCOL_DRIFT)),
            "pumpswap", Map.ofEntries(
                    Map.entry(6003L, RetryClass.TRANSIENT), Map.entry(6004L, RetryClass.TRANSIENT),
                    Map.entry(6016L, RetryClass.TRANSIENT), Map.entry(6039L, RetryClass.TRANSIENT),
                    Map.entry(6040L, RetryClass.TRANSIENT), Map.entry(6063L, RetryClass.TRANSIENT),
                    Map.entry(6013L, RetryClass.PROTOCOL_DRIFT), Map.entry(6044L, RetryClass.PROTOCOL_DRIFT),
                    Map.entry(6053L, RetryClass.PROTOCOL_DRIFT), Map.entry(6058L, RetryClass.PROTOCOL_DRIFT),
                    Map.entry(6059L, RetryClass.PROTOCOL_DRIFT), Map.entry(6060L, RetryClass.PROTOCOL_DRIFT),
                    Map.entry(6061L, RetryClass.PROTOCOL_DRIFT), Map.entry(6062L, RetryClass.PROTOCOL_DRIFT)),
            "pump_fees", Map.of(6013L, RetryClass.PROTOCOL_DRIFT, 6027L, RetryClass.TRANSIENT));

    private static final Map<Long, String> SYSTEM = parse("0:AccountAlreadyInUse 1:ResultWithNegativeLamports "
            + "2:InvalidProgramId 3:InvalidAccountDataLength 4:MaxSeedLengthExceeded 5:AddressWithSeedMismatch "
            + "6:NonceNoRecentBlockhashes 7:NonceBlockhashNotExpired 8:NonceUnexpectedBlockhashValue");
    private static final Map<Long, String> TOKEN = parse("0:NotRentExempt 1:InsufficientFunds 2:InvalidMint "
            + "3:MintMismatch 4:OwnerMismatch 5:FixedSupply 6:AlreadyInUse 7:InvalidNumberOfProvidedSigners "
            + "8:InvalidNumberOfRequiredSigners 9:UninitializedState 10:NativeNotSupported 11:NonNativeHasBalance "
            + "12:InvalidInstruction 13:InvalidState 14:Overflow 15:AuthorityTypeNotSupported 16:MintCannotFreeze "
            + "17:AccountFrozen 18:MintDecimalsMismatch 19:NonNativeNotSupported");
    private static final Map<Long, String> ATA = parse("0:InvalidOwner");

    private static final Map<Address, Program> PROGRAMS = programs();

    private ErrorCatalog() {}

    static Program program(Address id) {
        return PROGRAMS.get(id);
    }

    static Map<Address, Program> all() {
        return PROGRAMS;
    }

    private static Map<Address, Program> programs() {
        ProgramProfiles profiles = ProgramProfiles.current();
        Map<Address, Program> out = new HashMap<>();
        out.put(ProgramIds.ASDF, anchorProgram("asdf", profiles.asdf().idl()));
        out.put(ProgramIds.PUMP, anchorProgram("pump", profiles.pump().idl()));
        out.put(ProgramIds.PUMP_AMM, anchorProgram("pumpswap", profiles.pumpAmm().idl()));
        out.put(ProgramIds.PUMP_FEES, anchorProgram("pump_fees", profiles.pumpFees().idl()));
        out.put(ProgramIds.SYSTEM, nativeProgram("system", SYSTEM, Map.of()));
        Map<Long, RetryClass> tokenClasses = Map.of(1L, RetryClass.TRANSIENT);
        out.put(ProgramIds.SPL_TOKEN, nativeProgram("spl_token", TOKEN, tokenClasses));
        out.put(ProgramIds.TOKEN_2022, nativeProgram("token_2022", TOKEN, tokenClasses));
        out.put(ProgramIds.ASSOCIATED_TOKEN, nativeProgram("ata", ATA, Map.of()));
        out.put(ProgramIds.COMPUTE_BUDGET, nativeProgram("compute_budget", Map.of(), Map.of()));
        return Map.copyOf(out);
    }

    private static Program anchorProgram(String label, Idl idl) {
        Map<Long, Entry> codes = new HashMap<>();
        ANCHOR.forEach((code, name) -> codes.put(code, new Entry(name, "Anchor framework error " + name,
                ANCHOR_CLASSES.getOrDefault(code, RetryClass.PERMANENT))));
        Map<Long, RetryClass> classes = CLASSES.getOrDefault(label, Map.of());
        for (IdlError e : idl.errors()) {
            codes.put((long) e.code(), new Entry(e.name(), e.message(),
                    classes.getOrDefault((long) e.code(), RetryClass.PERMANENT)));
        }
        return new Program(label, Map.copyOf(codes), true);
    }

    private static Program nativeProgram(String label, Map<Long, String> names, Map<Long, RetryClass> classes) {
        Map<Long, Entry> codes = new HashMap<>();
        names.forEach((code, name) -> codes.put(code, new Entry(name, label + " error " + name,
                classes.getOrDefault(code, RetryClass.PERMANENT))));
        return new Program(label, Map.copyOf(codes), false);
    }

    private static Map<Long, String> parse(String table) {
        Map<Long, String> out = new HashMap<>();
        for (String pair : table.split(" ")) {
            int colon = pair.indexOf(':');
            out.put(Long.parseLong(pair.substring(0, colon)), pair.substring(colon + 1));
        }
        return Map.copyOf(out);
    }
}
