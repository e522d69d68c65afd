package dev.asdf.burnengine.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.chain.TxSignature;
import java.util.Objects;

/**
 * A landed transaction's status from {@code getSignatureStatuses}.
 *
 * @param err the transaction error as JSON, or JSON null when it succeeded
 * @param confirmationStatus processed, confirmed or finalized
 */
public record SignatureStatus(TxSignature signature, long slot, JsonNode err, String confirmationStatus) {
    public SignatureStatus {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(err, "err");
        confirmationStatus = confirmationStatus == null ? "" : confirmationStatus;
    }

    public boolean failed() {
        return !err.isNull() && !err.isMissingNode();
    }
}
