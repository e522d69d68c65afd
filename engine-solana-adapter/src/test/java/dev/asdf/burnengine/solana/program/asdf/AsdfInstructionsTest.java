package dev.asdf.burnengine.solana.program.asdf;

import static dev.asdf.burnengine.solana.Vectors.address;
import static dev.asdf.burnengine.solana.Vectors.u64;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.idl.IdlInstruction;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AsdfInstructionsTest {
    private static final AsdfInstructions ASDF = new AsdfInstructions(ProgramProfiles.current().asdf());
    private static final Map<String, Function<JsonNode, Instruction>> BUILDERS = builders();

    @ParameterizedTest(name = "{0} equals anchor''s instruction on every oracle case")
    @MethodSource("names")
    void builderEqualsAnchorsInstruction(String name) {
        for (JsonNode v : Vectors.instructions("asdf", name)) {
            Instruction expected = Vectors.instruction(v.path("instruction"));
            assertThat(BUILDERS.get(name).apply(v.path("inputs"))).as("%s with inputs %s", name, v.path("inputs"))
                    .isEqualTo(expected);
        }
    }

    @Test
    void everyInstructionOfTheIdlHasABuilder() {
        assertThat(BUILDERS.keySet()).containsExactlyInAnyOrderElementsOf(
                ProgramProfiles.current().asdf().idl().instructions().stream().map(IdlInstruction::name).toList());
        assertThat(BUILDERS).hasSize(36);
    }

    @Test
    void executeBuyWithoutAllocationEncodesNoneAsInTheSpec() {
        Address mint = Address.parse("9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump");
        Instruction ix = ASDF.executeBuy(new CurveBuyTarget(mint, AsdfAddresses.DAT_AUTHORITY,
                dev.asdf.burnengine.solana.program.ProgramIds.SPL_TOKEN, mint), BuyBudget.wholeBalance());
        assertThat(java.util.HexFormat.of().formatHex(ix.data())).isEqualTo("0e89f805acf4b79800");
        assertThat(ix.accounts()).hasSize(17);
    }

    static Stream<String> names() {
        return BUILDERS.keySet().stream();
    }

    private static Map<String, Function<JsonNode, Instruction>> builders() {
        Map<String, Function<JsonNode, Instruction>> b = new TreeMap<>();
        b.put("collect_fees", i -> ASDF.collectFees(address(i.path("mint")), address(i.path("rootMint")),
                i.path("isRootToken").asBoolean(), i.path("forEcosystem").asBoolean()));
        b.put("collect_fees_amm", i -> ASDF.collectFeesAmm(address(i.path("mint"))));
        b.put("execute_buy", i -> ASDF.executeBuy(target(i), budget(i)));
        b.put("execute_buy_secondary", i -> ASDF.executeBuySecondary(target(i), address(i.path("rootMint")),
                budget(i)));
        b.put("execute_buy_amm", i -> ASDF.executeBuyAmm(address(i.path("poolAddress")), pool(i.path("pool")),
                address(i.path("baseTokenProgram")), address(i.path("protocolFeeRecipient")),
                u64(i.path("desiredTokens")), u64(i.path("maxSolCost"))));
        b.put("finalize_allocated_cycle", i -> ASDF.finalizeAllocatedCycle(address(i.path("mint")),
                address(i.path("admin")), i.path("actuallyParticipated").asBoolean()));
        b.put("burn_and_update", i -> ASDF.burnAndUpdate(address(i.path("mint")), address(i.path("tokenProgram"))));
        b.put("transfer_dev_fee", i -> ASDF.transferDevFee(u64(i.path("secondaryShare"))));
        b.put("wrap_wsol", i -> ASDF.wrapWsol(u64(i.path("amount"))));
        b.put("unwrap_wsol", i -> ASDF.unwrapWsol());
        b.put("update_pending_fees", i -> ASDF.updatePendingFees(address(i.path("mint")), address(i.path("admin")),
                u64(i.path("amountLamports"))));
        b.put("register_validated_fees", i -> ASDF.registerValidatedFees(address(i.path("mint")),
                address(i.path("admin")), u64(i.path("feeAmount")), u64(i.path("endSlot")), i.path("txCount").asLong()));
        b.put("initialize_validator", i -> ASDF.initializeValidator(address(i.path("mint")), address(i.path("payer"))));
        b.put("sync_validator_slot", i -> ASDF.syncValidatorSlot(address(i.path("mint")), address(i.path("admin"))));
        b.put("reset_validator_slot", i -> ASDF.resetValidatorSlot(address(i.path("mint")), address(i.path("admin"))));
        b.put("initialize", i -> ASDF.initialize(address(i.path("admin"))));
        b.put("initialize_token_stats", i -> ASDF.initializeTokenStats(address(i.path("mint")),
                address(i.path("payer"))));
        b.put("set_root_token", i -> ASDF.setRootToken(address(i.path("rootMint")), address(i.path("admin"))));
        b.put("update_parameters", i -> {
            ParameterChanges changes = new ParameterChanges();
            if (!i.path("minFees").isNull()) {
                changes.minFees(u64(i.path("minFees")));
            }
            if (!i.path("maxFees").isNull()) {
                changes.maxFees(u64(i.path("maxFees")));
            }
            if (!i.path("slippageBps").isNull()) {
                changes.slippageBps(i.path("slippageBps").asInt());
            }
            if (!i.path("minInterval").isNull()) {
                changes.minIntervalSeconds(Long.parseLong(i.path("minInterval").asText()));
            }
            return ASDF.updateParameters(address(i.path("admin")), changes);
        });
        b.put("update_fee_split", i -> ASDF.updateFeeSplit(address(i.path("admin")), i.path("newFeeSplitBps").asInt()));
        b.put("propose_fee_split", i -> ASDF.proposeFeeSplit(address(i.path("admin")),
                i.path("newFeeSplitBps").asInt()));
        b.put("execute_fee_split", i -> ASDF.executeFeeSplit(address(i.path("admin"))));
        b.put("transfer_admin", i -> ASDF.transferAdmin(address(i.path("admin")), address(i.path("newAdmin"))));
        b.put("propose_admin_transfer", i -> ASDF.proposeAdminTransfer(address(i.path("admin")),
                address(i.path("newAdmin"))));
        b.put("accept_admin_transfer", i -> ASDF.acceptAdminTransfer(address(i.path("newAdmin"))));
        b.put("cancel_admin_transfer", i -> ASDF.cancelAdminTransfer(address(i.path("admin"))));
        b.put("emergency_pause", i -> ASDF.emergencyPause(address(i.path("admin"))));
        b.put("resume", i -> ASDF.resume(address(i.path("admin"))));
        b.put("record_failure", i -> ASDF.recordFailure(address(i.path("admin")), i.path("errorCode").asLong()));
        b.put("migrate_dat_state", i -> ASDF.migrateDatState(address(i.path("admin"))));
        b.put("migrate_token_stats", i -> ASDF.migrateTokenStats(address(i.path("mint")), address(i.path("admin"))));
        b.put("initialize_rebate_pool", i -> ASDF.initializeRebatePool(address(i.path("admin"))));
        b.put("deposit_fee_asdf", i -> ASDF.depositFeeAsdf(address(i.path("user")), address(i.path("payer")),
                address(i.path("payerTokenAccount")), address(i.path("asdfMint")), address(i.path("tokenProgram")),
                u64(i.path("amount"))));
        b.put("process_user_rebate", i -> ASDF.processUserRebate(address(i.path("user")), address(i.path("admin")),
                address(i.path("asdfMint")), address(i.path("tokenProgram"))));
        b.put("create_pumpfun_token_v2", i -> ASDF.createPumpfunTokenV2(address(i.path("admin")),
                address(i.path("mint")), i.path("name").asText(), i.path("symbol").asText(), i.path("uri").asText()));
        b.put("create_pumpfun_token_mayhem", i -> ASDF.createPumpfunTokenMayhem(address(i.path("admin")),
                address(i.path("mint")), i.path("name").asText(), i.path("symbol").asText(), i.path("uri").asText()));
        return b;
    }

    private static CurveBuyTarget target(JsonNode i) {
        return new CurveBuyTarget(address(i.path("mint")), address(i.path("creator")), address(i.path("tokenProgram")),
                address(i.path("feeRecipient")));
    }

    private static BuyBudget budget(JsonNode i) {
        return i.path("allocatedLamports").isNull() ? BuyBudget.wholeBalance()
                : BuyBudget.allocated(u64(i.path("allocatedLamports")));
    }

    static Pool pool(JsonNode p) {
        Address zero = Address.of(new byte[32]);
        return new Pool(255, 0, p.has("creator") ? address(p.path("creator")) : zero, address(p.path("baseMint")),
                p.has("quoteMint") ? address(p.path("quoteMint")) : zero, zero,
                address(p.path("poolBaseTokenAccount")), address(p.path("poolQuoteTokenAccount")), 0,
                address(p.path("coinCreator")), p.path("isMayhemMode").asBoolean(),
                p.path("isCashbackCoin").asBoolean(), BigInteger.ZERO, 0, false, false);
    }
}
