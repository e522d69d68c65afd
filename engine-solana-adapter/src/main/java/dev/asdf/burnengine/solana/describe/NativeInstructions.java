package dev.asdf.burnengine.solana.describe;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.describe.TransactionDescription.Argument;
import dev.asdf.burnengine.solana.program.ProgramIds;
import java.util.ArrayList;
import java.util.List;

/** Names and arguments of the native-program instructions the engine sends (System, Compute Budget, tokens, ATA). */
final class NativeInstructions {
    /** A decoded native instruction: its name, its arguments, and its accounts' roles. */
    record Decoded(String program, String name, List<Argument> arguments, List<String> roles) {}

    private NativeInstructions() {}

    static Decoded decode(Address program, byte[] data) {
        if (program.equals(ProgramIds.SYSTEM)) {
            return system(data);
        }
        if (program.equals(ProgramIds.COMPUTE_BUDGET)) {
            return computeBudget(data);
        }
        if (program.equals(ProgramIds.SPL_TOKEN) || program.equals(ProgramIds.TOKEN_2022)) {
            return token(program.equals(ProgramIds.SPL_TOKEN) ? "spl_token" : "token_2022", data);
        }
        if (program.equals(ProgramIds.ASSOCIATED_TOKEN)) {
            int op = data.length == 0 ? 0 : data[0] & 0xFF;
            String name = switch (op) {
                case 0 -> "create";
                case 1 -> "create_idempotent";
                case 2 -> "recover_nested";
                default -> "unknown";
            };
            return new Decoded("ata", name, List.of(),
                    List.of("payer", "associated_token_account", "owner", "mint", "system_program", "token_program"));
        }
        return null;
    }

    private static Decoded system(byte[] data) {
        BorshReader r = BorshReader.of(data, "System instruction data");
        long op = r.u32("instruction");
        if (op == 2) {
            long lamports = r.u64("lamports");
            return new Decoded("system", "transfer", List.of(new Argument("lamports", Long.toUnsignedString(lamports))),
                    List.of("from", "to"));
        }
        return new Decoded("system", "instruction " + op, List.of(), List.of());
    }

    private static Decoded computeBudget(byte[] data) {
        BorshReader r = BorshReader.of(data, "Compute Budget instruction data");
        int op = r.u8("instruction");
        return switch (op) {
            case 1 -> new Decoded("compute_budget", "request_heap_frame",
                    List.of(new Argument("bytes", Long.toString(r.u32("bytes")))), List.of());
            case 2 -> new Decoded("compute_budget", "set_compute_unit_limit",
                    List.of(new Argument("units", Long.toString(r.u32("units")))), List.of());
            case 3 -> new Decoded("compute_budget", "set_compute_unit_price",
                    List.of(new Argument("micro_lamports", Long.toUnsignedString(r.u64("micro_lamports")))),
                    List.of());
            case 4 -> new Decoded("compute_budget", "set_loaded_accounts_data_size_limit",
                    List.of(new Argument("bytes", Long.toString(r.u32("bytes")))), List.of());
            default -> throw new DecodingException("Compute Budget instruction data starts with unknown opcode " + op);
        };
    }

    private static Decoded token(String label, byte[] data) {
        BorshReader r = BorshReader.of(data, label + " instruction data");
        int op = r.u8("instruction");
        List<Argument> args = new ArrayList<>();
        String name;
        List<String> roles;
        switch (op) {
            case 3 -> {
                name = "transfer";
                args.add(new Argument("amount", Long.toUnsignedString(r.u64("amount"))));
                roles = List.of("source", "destination", "owner");
            }
            case 8 -> {
                name = "burn";
                args.add(new Argument("amount", Long.toUnsignedString(r.u64("amount"))));
                roles = List.of("account", "mint", "owner");
            }
            case 9 -> {
                name = "close_account";
                roles = List.of("account", "destination", "owner");
            }
            case 12 -> {
                name = "transfer_checked";
                args.add(new Argument("amount", Long.toUnsignedString(r.u64("amount"))));
                args.add(new Argument("decimals", Integer.toString(r.u8("decimals"))));
                roles = List.of("source", "mint", "destination", "owner");
            }
            case 15 -> {
                name = "burn_checked";
                args.add(new Argument("amount", Long.toUnsignedString(r.u64("amount"))));
                args.add(new Argument("decimals", Integer.toString(r.u8("decimals"))));
                roles = List.of("account", "mint", "owner");
            }
            case 17 -> {
                name = "sync_native";
                roles = List.of("account");
            }
            default -> {
                name = "instruction " + op;
                roles = List.of();
            }
        }
        return new Decoded(label, name, args, roles);
    }
}
