package io.lawcheck.service.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reviewer page in headless Chromium (Debian's chromium + chromium-driver; never a Selenium Manager download)
 * against the service on 127.0.0.1. Without the browser the tests fail when {@code CI} is set and are skipped
 * otherwise. Every wait is bounded. With {@code -Dscreenshots.dir=DIR} the tests save the PNGs the reviewer guide
 * shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ReviewerPageBrowserTest {
    /** Overridable (-Dchromium.binary, -Dchromedriver.binary) only to try the missing-browser path. */
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(20);

    static ChromeDriver driver;
    static Path profile;
    /** Why the browser tests are skipped, or null. */
    static String missingBrowser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "headless browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";
            if (System.getenv("CI") != null) {
                fail(message + " (CI is set: a missing browser is a failure, not a skip)");
            }
            // Skipped test by test (not the whole class) so the report counts them and carries the reason.
            missingBrowser = message + "; skipped because CI is not set";
            System.err.println("WARNING: " + missingBrowser);
            return;
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("lawcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void openPage() {
        Assumptions.assumeTrue(missingBrowser == null, () -> missingBrowser);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get("http://127.0.0.1:" + port + "/?lang=zh");
        waitFor(By.id("draft-form"));
    }

    // ---------- tests ----------

    @Test
    void fineAboveTheHearingThresholdWithoutAHearingNoticeShowsTheHearingFindingWithItsArticle() {
        setValue("asOf", "2026-10-08");
        select("agencySystem", "PUBLIC_SECURITY");
        select("partyKind", "INDIVIDUAL");
        setValue(driver.findElement(By.cssSelector(".p-amount")), "5000");
        stepDate("FILING", "2026-09-01");
        stepDate("STATEMENT_NOTICE_SERVED", "2026-09-29");
        stepState("HEARING_RIGHT_NOTIFIED", "no");
        answerAllJudgements("false");
        submit();

        WebElement hearing = finding("P-HEAR-1");
        assertThat(hearing.getAttribute("data-status")).isEqualTo("PENDING");
        assertThat(hearing.findElement(By.cssSelector(".message")).getText()).contains("听证范围");
        assertThat(hearing.findElements(By.cssSelector(".cite-label"))).extracting(WebElement::getText)
                .anyMatch(label -> label.contains("第63条"));
        // In the "still open" group, and the decision window lists it as a condition.
        assertThat(driver.findElement(By.id("group-PENDING")).getText()).contains("应当告知听证权利");
        assertThat(driver.findElements(By.cssSelector("#decision-window li[data-bound=CONDITION]")))
                .extracting(e -> e.getAttribute("data-rule")).contains("P-HEAR-1");
        assertThat(driver.findElement(By.id("review-scope")).getAttribute("data-required")).isEqualTo("NO");
        screenshot("reviewer-findings.png", By.id("results"));
    }

    @Test
    void hearingNoticeServedTwoWorkingDaysAgoAcrossTheNationalDayHolidayIsAPendingWindow() {
        // Notice Tue 2026-09-29; as of Thu 2026-10-08 two working days have passed (09-30 and 10-08: 10-01..10-07 is
        // the National Day holiday). The 5 working days run 09-30, 10-08, 10-09, Sat 10-10 (make-up working day) and
        // Mon 10-12: the party may ask until 10-12, so the earliest decision day is 10-13. Filed 2026-09-01: 90 days
        // end Mon 2026-11-30.
        setValue("asOf", "2026-10-08");
        setValue(driver.findElement(By.cssSelector(".p-amount")), "5000");
        stepDate("FILING", "2026-09-01");
        stepDate("STATEMENT_NOTICE_SERVED", "2026-09-29");
        stepDate("HEARING_RIGHT_NOTIFIED", "2026-09-29");
        answerAllJudgements("false");
        screenshot("reviewer-form.png", By.id("draft-form"));
        submit();

        WebElement window = finding("P-HEAR-10");
        assertThat(window.getAttribute("data-status")).isEqualTo("PENDING");
        assertThat(window.findElement(By.cssSelector(".due time")).getAttribute("datetime")).isEqualTo("2026-10-12");
        assertThat(window.findElement(By.cssSelector(".message")).getText()).contains("2026-10-12").contains("2026-10-13");
        assertThat(driver.findElement(By.cssSelector("#dw-earliest time")).getText()).isEqualTo("2026-10-13");
        assertThat(driver.findElement(By.cssSelector("#dw-latest time")).getText()).isEqualTo("2026-11-30");
        assertThat(finding("P-HEAR-1").getAttribute("data-status")).isEqualTo("SATISFIED");
        // The timeline is in date order and shows the review date before the window's end.
        List<String> dates = driver.findElements(By.cssSelector("#timeline time")).stream()
                .map(e -> e.getAttribute("datetime")).toList();
        assertThat(dates).isSorted().contains("2026-09-29", "2026-10-08", "2026-10-12", "2026-10-13", "2026-11-30");
        screenshot("reviewer-window.png", By.cssSelector(".overview"));
        screenshot("reviewer-timeline.png", By.id("timeline"));
    }

    @Test
    void uploadedCaseJsonIsCheckedAndShownInTheForm() throws IOException {
        Path file = Files.createTempFile("case-", ".json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/hearing-not-offered.json")) {
            assertThat(in).as("sample case on the test classpath").isNotNull();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            setValue("asOf", "2024-11-01");
            driver.findElement(By.id("case-file")).sendKeys(file.toString());
            WebElement hearing = finding("P-HEAR-1");
            assertThat(hearing.getAttribute("data-status")).isEqualTo("VIOLATION");
            assertThat(driver.findElement(By.id("group-VIOLATION")).getText()).contains("应当告知听证权利");
            assertThat(driver.findElement(By.id("caseId")).getAttribute("value")).isEqualTo("SAMPLE-2024-0001");
            assertThat(driver.findElement(By.cssSelector(".p-amount")).getAttribute("value")).isEqualTo("5000");
            assertThat(driver.findElement(By.id("decision-window")).getText()).contains("案卷已载明作出决定");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void badUploadShowsTheFieldNotAStackTrace() throws IOException {
        Path file = Files.createTempFile("bad-", ".json");
        Files.writeString(file, "{\"caseId\":\"X-1\",\"actKind\":\"PENALTY\",\"jurisdiction\":\"12\"}");
        try {
            driver.findElement(By.id("case-file")).sendKeys(file.toString());
            WebElement error = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("error")));
            assertThat(error.getText()).contains("jurisdiction");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void languageSwitchesToEnglishAndBack() {
        setValue("asOf", "2026-10-08");
        setValue(driver.findElement(By.cssSelector(".p-amount")), "5000");
        stepState("HEARING_RIGHT_NOTIFIED", "no");
        submit();
        finding("P-HEAR-1");
        WebElement toggle = driver.findElement(By.id("lang-toggle"));
        assertThat(toggle.getText()).isEqualTo("English");
        toggle.click();
        new WebDriverWait(driver, WAIT).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Legal review pre-check of a major enforcement decision");
        assertThat(finding("P-HEAR-1").getText()).contains("Right to a hearing must be notified").contains("Art. 63");
        assertThat(driver.findElement(By.cssSelector("label[for=agencySystem]")).getText()).isEqualTo("Agency system");
        assertThat(new Select(driver.findElement(By.id("agencySystem"))).getFirstSelectedOption().getText())
                .isEqualTo("Public security");
        screenshot("reviewer-english.png", By.id("results"));
        driver.findElement(By.id("lang-toggle")).click();
        new WebDriverWait(driver, WAIT).until(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(finding("P-HEAR-1").getText()).contains("应当告知听证权利");
    }

    @Test
    void printViewShowsTheReviewOpinionWithCitationsAndPrintsNothingElse() {
        setValue("asOf", "2026-10-08");
        setValue(driver.findElement(By.cssSelector(".p-amount")), "5000");
        stepDate("FILING", "2026-09-01");
        stepDate("STATEMENT_NOTICE_SERVED", "2026-09-29");
        stepState("HEARING_RIGHT_NOTIFIED", "no");
        submit();
        finding("P-HEAR-1");
        driver.findElement(By.id("print-view")).click();
        WebElement opinion = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("opinion")));
        assertThat(opinion.findElement(By.tagName("h2")).getText()).isEqualTo("法制审核意见（草稿）");
        assertThat(opinion.getText()).contains("应当告知听证权利").contains("第63条").contains("审核人员")
                .contains("需要您判断"); // judgements left unanswered: legal review scope is for the reviewer
        assertThat(driver.findElement(By.id("draft-form")).isDisplayed()).isFalse();

        // Print media: only the opinion is printed.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.id("opinion-body")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("do-print")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
            screenshot("reviewer-opinion-print.png", By.id("opinion"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        driver.findElement(By.id("close-opinion")).click();
        assertThat(driver.findElement(By.id("draft-form")).isDisplayed()).isTrue();
    }

    @Test
    void narrowScreenHasNoHorizontalScrollAndEveryControlHasALabel() {
        driver.manage().window().setSize(new Dimension(390, 844));
        setValue(driver.findElement(By.cssSelector(".p-amount")), "5000");
        submit();
        finding("P-HEAR-1");
        Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        // Every input and select is named by a <label for>, aria-labelledby, or (radios) a label and a legend.
        Object unlabelled = js("return Array.from(document.querySelectorAll('input,select')).filter(e => "
                + "!(e.labels && e.labels.length) && !e.getAttribute('aria-labelledby') && !e.getAttribute('aria-label'))"
                + ".map(e => e.id || e.name);");
        assertThat((List<?>) unlabelled).isEmpty();
        js("window.scrollTo(0, 0);");
        screenshot("reviewer-narrow.png");
    }

    // ---------- helpers ----------

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Date inputs take keyboard input in the browser's locale format; set the ISO value directly instead. */
    private void setValue(WebElement e, String value) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, value);
    }

    private void setValue(String id, String value) {
        setValue(driver.findElement(By.id(id)), value);
    }

    private void select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private void stepDate(String step, String isoDate) {
        setValue("sd-" + step, isoDate);
    }

    private void stepState(String step, String state) {
        select("ss-" + step, state);
    }

    private void answerAllJudgements(String value) {
        for (WebElement radio : driver.findElements(By.cssSelector("#judgements input[value='" + value + "']"))) {
            js("arguments[0].checked = true;", radio);
        }
    }

    private void submit() {
        js("document.getElementById('results').hidden = true; document.getElementById('result-body').textContent = '';");
        driver.findElement(By.id("submit")).click();
    }

    private WebElement finding(String ruleId) {
        return waitFor(By.cssSelector("#result-body article.finding[data-rule='" + ruleId + "']"));
    }

    private void screenshot(String name) {
        screenshot(name, null);
    }

    /** Saves the viewport, or one element whole (e.g. the results), when -Dscreenshots.dir is set. */
    private void screenshot(String name, By element) {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(dir).resolve(name);
            Files.createDirectories(target.getParent());
            byte[] png;
            if (element == null) {
                png = driver.getScreenshotAs(OutputType.BYTES);
            } else {
                // An element taller than the viewport would be cut: grow the window to the page (bounded) first.
                Dimension before = driver.manage().window().getSize();
                long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
                driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 200, 8000)));
                try {
                    png = driver.findElement(element).getScreenshotAs(OutputType.BYTES);
                } finally {
                    driver.manage().window().setSize(before);
                }
            }
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
