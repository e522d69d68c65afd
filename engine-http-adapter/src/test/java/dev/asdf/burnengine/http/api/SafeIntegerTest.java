package dev.asdf.burnengine.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.http.web.JsonCodec;
import org.junit.jupiter.api.Test;

class SafeIntegerTest {
    record Amount(@LamportsJson long valueLamports) {
    }

    @Test
    void amountsUpToTwoToThe53MinusOneAreNumbers() {
        assertThat(JsonCodec.toText(new Amount(9_007_199_254_740_991L))).isEqualTo("{\"valueLamports\":9007199254740991}");
        assertThat(JsonCodec.toText(new Amount(0))).isEqualTo("{\"valueLamports\":0}");
    }

    @Test
    void largerAmountsAreDecimalStrings() {
        assertThat(JsonCodec.toText(new Amount(9_007_199_254_740_992L))).isEqualTo("{\"valueLamports\":\"9007199254740992\"}");
        assertThat(JsonCodec.toText(new Amount(Long.MAX_VALUE))).isEqualTo("{\"valueLamports\":\"9223372036854775807\"}");
    }

    @Test
    void negativeAmountsFollowTheSameRule() {
        assertThat(JsonCodec.toText(new Amount(-5))).isEqualTo("{\"valueLamports\":-5}");
        assertThat(JsonCodec.toText(new Amount(Long.MIN_VALUE))).isEqualTo("{\"valueLamports\":\"-9223372036854775808\"}");
    }
}
