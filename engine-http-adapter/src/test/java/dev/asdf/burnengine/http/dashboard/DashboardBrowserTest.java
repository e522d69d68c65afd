package dev.asdf.burnengine.http.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.core.token.TokenStatus;
import dev.asdf.burnengine.http.TestServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver), against a real server over a
 * seeded engine. Skipped only when those two binaries are not installed.
 */
class DashboardBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String XSS = "<img src=x onerror=alert(1)>";
    static final Token HOSTILE = new Token(TestData.address(7), "<b>X</b>", XSS, TokenRole.SECONDARY,
            Market.BONDING_CURVE, TokenProgram.SPL_TOKEN);

    private static TestServer server;
    private static WebDriver browser;
    private static ChromeDriverService driverService;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium and chromium-driver)");
        server = TestServer.builder().tokens(TestServer.ROOT, TestServer.A, TestServer.B, HOSTILE).build().withCompletedCycle();
        profile = Files.createTempDirectory("burn-engine-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driverService, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static void openDashboard() {
        browser.get("http://127.0.0.1:" + server.server.actualPort() + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#tokens tbody tr")).size() == 4);
        waiting().until(ExpectedConditions.textToBe(By.id("connection"), "live"));
    }

    private static WebElement row(Token token) {
        return browser.findElement(By.cssSelector("#tokens tbody tr[data-mint='" + token.mint() + "']"));
    }

    @Test
    void theDashboardShowsTheSeededTokensBurnsAndCycles() throws IOException {
        openDashboard();
        assertThat(row(TestServer.A).findElement(By.className("symbol")).getText()).isEqualTo("A");
        assertThat(browser.findElement(By.id("health")).getText()).isEqualTo("healthy");
        assertThat(browser.findElements(By.cssSelector("#chart svg circle"))).hasSize(3);
        List<WebElement> cycles = browser.findElements(By.cssSelector("#cycles .cycle"));
        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0).getText()).contains("COMPLETED");
        WebElement txLink = cycles.get(0).findElement(By.cssSelector("a[href^='https://explorer.solana.com/tx/']"));
        assertThat(txLink.getAttribute("rel")).contains("noopener");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of(System.getProperty("basedir", "."), "target", "dashboard.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void chainTextIsShownAsTextAndNeverRunsAsMarkup() {
        openDashboard();
        WebElement hostile = row(HOSTILE);
        assertThat(hostile.findElement(By.className("name")).getText()).isEqualTo(XSS);
        assertThat(hostile.findElement(By.className("symbol")).getText()).isEqualTo("<b>X</b>");
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#tokens b"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aPublishedEventUpdatesThePageWithoutReload() {
        openDashboard();
        String before = row(TestServer.A).findElement(By.className("pending")).getText();
        server.harness.chain.trade(TestServer.A, 123_000_000);
        server.engine.trackFees();
        waiting().until(d -> !row(TestServer.A).findElement(By.className("pending")).getText().equals(before));
        assertThat(row(TestServer.A).findElement(By.className("pending")).getText()).isEqualTo("0.123000");
        assertThat(browser.findElements(By.cssSelector("#events li .type"))).extracting(WebElement::getText)
                .contains("fee_detected");
    }

    @Test
    void thePageLoadsNothingTheContentSecurityPolicyRefuses() {
        openDashboard();
        List<LogEntry> logs = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(logs).noneMatch(e -> e.getMessage().contains("Content Security Policy")
                || e.getMessage().contains("Refused") || e.getMessage().contains("TrustedHTML"));
    }

    @Test
    void theAdminPageUsesTheTypedTokenToPauseAToken() throws IOException {
        browser.get("http://127.0.0.1:" + server.server.actualPort() + "/admin");
        waiting().until(d -> d.findElements(By.cssSelector("#token-select option")).size() == 4);
        browser.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
        browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("token-state"), "token set"));
        new Select(browser.findElement(By.id("token-select"))).selectByValue(TestServer.B.mint().toString());
        browser.findElement(By.id("pause-reason")).sendKeys("checked by the browser test");
        browser.findElement(By.id("pause")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("result-status"), "200"));
        assertThat(server.engine.view().token(TestServer.B.mint()).orElseThrow().state().status())
                .isEqualTo(TokenStatus.PAUSED);
        assertThat(browser.getCurrentUrl()).doesNotContain(TestServer.TOKEN);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of(System.getProperty("basedir", "."), "target", "dashboard-admin.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
