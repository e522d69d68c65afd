package dev.asdf.burnengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DecodeCommandTest {
    /** web3.js's golden compute-budget + SPL burn transaction (testing-peers.md §2.3). */
    private static final String BURN_TX = "AZOrgI1QNFWntpThdRt+enORaxtU2PBVjnBuSf3mu423Cntu0f57ymGI3/L79rvCO6ff9ONLQk4Qc8NBjeWMiQkBAAIFebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmSBOXcOqH0XX1ajVGbDTH7My42KkbTuN6Jd9g9bj8mzlPLdHZ8Et9OsNla9RwQu6oVC/B1hhNJIBHefrRztwTU6AwZGb+UhFzL/7K26csOb57yM5bvF9xJrLEObOkAAAAAG3fbh12Whk9nL4UbO63msHLSF7V9bN5E6jPWFfv8AqQcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHAwMABQJADQMAAwAJA+gDAAAAAAAABAMCAQAJCEBCDwAAAAAA";

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CliMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void decodesEachInstructionByProgramAndName() {
        assertThat(run("decode", BURN_TX)).isZero();
        assertThat(out.toString()).contains("9C6hybhQ6Aycep9jaUnP6uL9ZYvDjUp1aSkFWPUFJtpj")
                .containsIgnoringCase("burn").containsIgnoringCase("compute");
    }

    @Test
    void printsJsonOnRequest() {
        assertThat(run("decode", "--json", BURN_TX)).isZero();
        assertThat(out.toString().strip()).startsWith("{").endsWith("}");
    }

    @Test
    void textThatIsNotATransactionExitsFourSayingWhy() {
        assertThat(run("decode", "AAAA")).isEqualTo(4);
        assertThat(err.toString()).startsWith("engine-cli decode: cannot decode the transaction:");
    }

    @Test
    void aMissingArgumentIsAUsageErrorWithExitFour() {
        assertThat(run("decode")).isEqualTo(4);
    }
}
