package dev.asdf.burnengine.solana.message;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/** One account an instruction reads or writes, with whether it must sign. Public: every builder returns these. */
public record AccountMeta(Address address, boolean signer, boolean writable) {
    public AccountMeta {
        Objects.requireNonNull(address, "address");
    }

    public static AccountMeta readonly(Address address) {
        return new AccountMeta(address, false, false);
    }

    public static AccountMeta writable(Address address) {
        return new AccountMeta(address, false, true);
    }

    public static AccountMeta readonlySigner(Address address) {
        return new AccountMeta(address, true, false);
    }

    public static AccountMeta writableSigner(Address address) {
        return new AccountMeta(address, true, true);
    }

    @Override
    public String toString() {
        return address + (writable ? " (w" : " (r") + (signer ? "s)" : ")");
    }
}
