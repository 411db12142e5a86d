package com.clothingchain.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in pages in a real headless Chromium (Debian's chromium and chromium-driver). */
@Tag("browser")
class SignInBrowserIT {

    static TestChain chain;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        chain = TestChain.get();
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void pagesKeptTheirContentSecurityPolicy() {
        HeadlessChromium.assertNoCspViolations(browser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String start, String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(start);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
    }

    @Test
    void aClerkSignsInAtTheBranchAndIsSentWhereSheWasGoing() {
        signIn(chain.branch.baseUri() + "/branch/", "clerk", "demo-clerk-pw");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
        assertTrue(browser.findElement(By.id("welcome")).getText().contains("clerk"));
        browser.findElement(By.id("menu:signOut")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void aWrongPasswordShowsAnErrorBesideTheFieldAndDoesNotSignIn() {
        signIn(chain.hq.baseUri() + "/hq/", "hq-manager", "not-the-password");
        var message = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login .ui-message-error")));
        assertTrue(message.getText().contains("Wrong user name or password"), message.getText());
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
        assertEquals(0, browser.findElements(By.id("welcome")).size());
    }

    @Test
    void anHqManagerSignsInToTheReports() {
        signIn(chain.hq.baseUri() + "/hq/", "hq-manager", "demo-manager-pw");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
        assertTrue(browser.findElement(By.id("welcome")).getText().contains("hq-manager"));
    }
}
