package io.lawcheck.service.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With API keys on, the reviewer page asks for the key after its first 401, keeps it for the tab and checks the
 * case with it. Reuses {@link ReviewerPageBrowserTest}'s headless Chromium (same skip/fail rules).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "lawcheck.api.keys=page-key-0123456789abcdef"})
class ReviewerPageApiKeyBrowserTest {
    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        ReviewerPageBrowserTest.startBrowser();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        ReviewerPageBrowserTest.stopBrowser();
    }

    @Test
    void pageAsksForTheKeyOnceAndChecksWithIt() throws IOException {
        Assumptions.assumeTrue(ReviewerPageBrowserTest.missingBrowser == null,
                () -> ReviewerPageBrowserTest.missingBrowser);
        var driver = ReviewerPageBrowserTest.driver;
        driver.get("http://127.0.0.1:" + port + "/?lang=zh");
        WebDriverWait wait = new WebDriverWait(driver, ReviewerPageBrowserTest.WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-form")));
        driver.executeScript("sessionStorage.clear();");
        Path file = Files.createTempFile("case-", ".json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/hearing-not-offered.json")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            driver.findElement(By.id("case-file")).sendKeys(file.toString());
            var prompt = wait.until(ExpectedConditions.alertIsPresent());
            assertThat(prompt.getText()).contains("API");
            prompt.sendKeys("page-key-0123456789abcdef");
            prompt.accept();
            WebElement hearing = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#result-body article.finding[data-rule='P-HEAR-1']")));
            assertThat(hearing.getAttribute("data-status")).isNotBlank();
            assertThat(driver.executeScript("return sessionStorage.getItem('lawcheck.apiKey');"))
                    .isEqualTo("page-key-0123456789abcdef");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
