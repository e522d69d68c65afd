package dev.asdf.burnengine.solana.message;

import java.util.Comparator;

/**
 * web3.js's legacy account order: signers first, then writable, then the base58 text compared as
 * {@code localeCompare(…, 'en', {sensitivity: 'variant', caseFirst: 'lower'})} does for base58 strings: by the
 * lower-cased text in ASCII order, and on a tie by the first position whose case differs, lower case first
 * (checked against ICU on 647,365 pairs; testing-peers §2.4).
 */
final class Web3AccountOrder {
    static final Comparator<MessageCompiler.KeyMeta> LEGACY = (x, y) -> {
        if (x.signer != y.signer) {
            return x.signer ? -1 : 1;
        }
        if (x.writable != y.writable) {
            return x.writable ? -1 : 1;
        }
        return compareBase58(x.base58, y.base58);
    };

    private Web3AccountOrder() {}

    static int compareBase58(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = Character.toLowerCase(a.charAt(i));
            char cb = Character.toLowerCase(b.charAt(i));
            if (ca != cb) {
                return ca - cb;
            }
        }
        if (a.length() != b.length()) {
            return a.length() - b.length();
        }
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return Character.isLowerCase(ca) ? -1 : 1;
            }
        }
        return 0;
    }
}
