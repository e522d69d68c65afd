package dev.asdf.burnengine.solana.rpc;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/** An account as {@code getAccountInfo} returns it (base64 data decoded). */
public record AccountInfo(Address address, long lamports, Address owner, byte[] data, boolean executable) {
    public AccountInfo {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(owner, () -> "owner of " + address);
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
