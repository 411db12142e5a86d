package com.clothingchain.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of both sites in Chromium under its Content-Security-Policy: each renders, runs PrimeFaces in its
 * nonce mode, and breaks no rule of the policy (no inline script or handler is blocked). The other browser tests
 * check the same after every walk-through, so the pages also work under the policy.
 */
@Tag("browser")
class PagesUnderCspBrowserIT {

    static TestChain chain;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        chain = TestChain.get();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyBranchPageRunsUnderItsPolicy() {
        String site = chain.branch.baseUri() + "/branch";
        signIn(site, "manager", "demo-manager-pw");
        walk(site, List.of("/index.xhtml", "/sales/new.xhtml", "/sales/receipt.xhtml?number=19990101-0001",
                "/returns/new.xhtml", "/losses/new.xhtml", "/products/index.xhtml", "/products/product.xhtml?sku=TSH-RED-M",
                "/manage/users.xhtml", "/manage/audit.xhtml", "/account/password.xhtml", "/counts/index.xhtml", "/no-such-page.xhtml"));

        // The audit page's filter works under the policy: the sign-in just made is listed.
        browser.get(site + "/manage/audit.xhtml");
        wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("filters:actor"))).sendKeys("manager");
        browser.findElement(By.id("filters:show")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:entries"), "SIGN_IN"));
        HeadlessChromium.assertNoCspViolations(browser);
    }

    @Test
    void everyHqPageRunsUnderItsPolicy() {
        String site = chain.hq.baseUri() + "/hq";
        signIn(site, "hq-admin", "demo-admin-pw");
        walk(site, List.of("/index.xhtml", "/reports/daily-revenue.xhtml", "/reports/branch.xhtml?code=" + TestChain.BRANCH,
                "/reports/missing.xhtml", "/admin/branches.xhtml", "/admin/users.xhtml", "/admin/audit.xhtml",
                "/catalogue/index.xhtml", "/catalogue/style.xhtml?code=WT-01", "/catalogue/prices.xhtml",
                "/account/password.xhtml", "/no-such-page.xhtml"));
    }

    private static void walk(String site, List<String> pages) {
        for (String page : pages) {
            browser.get(site + page);
            wait(20).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            Object nonce = ((JavascriptExecutor) browser).executeScript(
                    "return window.PrimeFaces && PrimeFaces.csp ? PrimeFaces.csp.NONCE_VALUE : null;");
            assertTrue(nonce instanceof String n && !n.isBlank(), page + " runs PrimeFaces without its CSP nonce");
            HeadlessChromium.assertNoCspViolations(browser);
        }
    }

    private static void signIn(String site, String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(site + "/login.xhtml");
        wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        wait(20).until(driver -> "login:username".equals(driver.switchTo().activeElement().getAttribute("id")));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
        wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("menu")));
        HeadlessChromium.assertNoCspViolations(browser);
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
