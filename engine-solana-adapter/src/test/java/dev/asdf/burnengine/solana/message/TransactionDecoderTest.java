package dev.asdf.burnengine.solana.message;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.solana.codec.DecodingException;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TransactionDecoderTest {
    private static final byte[] GOLDEN = Base64.getDecoder().decode("AZOrgI1QNFWntpThdRt+enORaxtU2PBVjnBuSf3mu423Cntu0f57ymGI3/L79rvCO6ff9ONLQk4Qc8NBjeWMiQkBAAIFebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmSBOXcOqH0XX1ajVGbDTH7My42KkbTuN6Jd9g9bj8mzlPLdHZ8Et9OsNla9RwQu6oVC/B1hhNJIBHefrRztwTU6AwZGb+UhFzL/7K26csOb57yM5bvF9xJrLEObOkAAAAAG3fbh12Whk9nL4UbO63msHLSF7V9bN5E6jPWFfv8AqQcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHAwMABQJADQMAAwAJA+gDAAAAAAAABAMCAQAJCEBCDwAAAAAA");

    @Test
    void aTruncatedTransactionNamesTheFieldThatIsCut() {
        assertThatThrownBy(() -> Transaction.decode(Arrays.copyOf(GOLDEN, 240)))
                .isInstanceOf(DecodingException.class)
                .hasMessageStartingWith("transaction is too short: field 'recent blockhash' needs 32 bytes");
    }

    @Test
    void trailingBytesAreRefused() {
        assertThatThrownBy(() -> Transaction.decode(Arrays.copyOf(GOLDEN, GOLDEN.length + 3)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("3 unexpected trailing bytes");
    }

    @Test
    void anInstructionNamingAnAccountBeyondTheKeysIsInconsistent() {
        byte[] bad = GOLDEN.clone();
        bad[bad.length - 12] = 9;
        assertThatThrownBy(() -> Transaction.decode(bad))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("transaction has an inconsistent message: instruction 2 account 1 names key #9"
                        + " but the message has 5 keys");
    }

    @Test
    void aMessageVersionOtherThanZeroIsRefused() {
        byte[] bad = GOLDEN.clone();
        bad[65] = (byte) 0x81;
        assertThatThrownBy(() -> Transaction.decode(bad))
                .isInstanceOf(DecodingException.class)
                .hasMessage("transaction has message version 1; only legacy and version 0 messages exist");
    }

    @Test
    void inputLongerThanAnyTransactionIsRefusedWithTheExcess() {
        assertThatThrownBy(() -> Transaction.decode(new byte[1300]))
                .isInstanceOf(DecodingException.class)
                .hasMessageStartingWith("transaction input is 1300 bytes, 68 bytes over Solana's 1232-byte limit");
    }

    @Test
    void aSignatureCountThatDoesNotMatchTheHeaderIsRefused() {
        byte[] bad = new byte[GOLDEN.length + 64];
        bad[0] = 2;
        System.arraycopy(GOLDEN, 1, bad, 65, GOLDEN.length - 1);
        assertThatThrownBy(() -> Transaction.decode(bad))
                .isInstanceOf(DecodingException.class)
                .hasMessage("transaction carries 2 signatures but its message requires 1; the input is corrupted");
    }
}
