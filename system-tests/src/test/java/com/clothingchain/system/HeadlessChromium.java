package com.clothingchain.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's chromium and chromium-driver, headless, for the browser tests ({@code chain.chromium},
 * {@code chain.chromedriver}). Every page reports each Content-Security-Policy violation to the console, where
 * {@link #assertNoCspViolations} finds it.
 */
final class HeadlessChromium {

    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', function (e) {
                console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber);
            });""";

    private HeadlessChromium() {
    }

    static WebDriver start() {
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chain.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chain.chromedriver", "/usr/bin/chromedriver"))).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", REPORT_VIOLATIONS));
        return driver;
    }

    /** Signs in afresh (no cookies, no kept basket) on the login page a protected page sends the browser to. */
    static void signIn(WebDriver driver, String page, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(page);
        waitFor(driver, 20).until(ExpectedConditions.urlContains("/login.xhtml"));
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password, Keys.ENTER);
        waitFor(driver, 20).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }

    /** A wait that looks again at elements a partial update replaced. */
    static WebDriverWait waitFor(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** No page since the last call broke its Content-Security-Policy (the console's messages are read and cleared). */
    static void assertNoCspViolations(WebDriver driver) {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("CSP violation") || m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertTrue(violations.isEmpty(), "Content-Security-Policy violations:\n" + String.join("\n", violations));
    }
}
