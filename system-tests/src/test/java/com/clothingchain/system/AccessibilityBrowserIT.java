package com.clothingchain.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 AA on the pages as people use them: axe-core (Deque's, run inside Chromium) over every page of both
 * sites in the states a walk-through brings them to (empty and filled, with suggestions, with refusals beside the
 * fields, with a dialog open). Not one critical or serious violation.
 */
@Tag("browser")
class AccessibilityBrowserIT {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static TestChain chain;
    static WebDriver browser;
    private final List<String> violations = new ArrayList<>();
    private int states;

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
    void everyPageStateOfBothSitesHasNoCriticalOrSeriousViolation() {
        branchStates();
        hqStates();
        System.out.println("axe-core: " + states + " page states checked, " + violations.size() + " critical or serious violations");
        assertTrue(states >= 20, "only " + states + " states");
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private void branchStates() {
        String site = chain.branch.baseUri() + "/branch";
        browser.manage().deleteAllCookies();
        browser.get(site + "/login.xhtml");
        check("branch sign-in");
        signIn("manager", "wrong password here");
        await(By.cssSelector("#login .ui-message-error"));
        check("branch sign-in refused");
        signIn("manager", "demo-manager-pw");
        await(By.id("day:openDate"));
        check("day");
        if (!browser.findElements(By.id("day:close")).isEmpty()) {
            browser.findElement(By.id("day:close")).click();
            await(By.id("day:confirmYes"));
            check("day, close confirmation");
            browser.findElement(By.id("day:confirmNo")).click();
        }

        browser.get(site + "/sales/new.xhtml");
        awaitFocus("sale:code");
        check("sale, empty");
        new Actions(browser).sendKeys("jea").perform();
        await(By.cssSelector("#sale\\:suggestions .suggestion"));
        check("sale, suggestions");
        new Actions(browser).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "TSH-RED-M", Keys.ENTER, "JNS-IND-32", Keys.ENTER).perform();
        wait(20).until(ExpectedConditions.textToBe(By.id("sale:total"), "73.99"));
        check("sale, two lines");
        var quantity = browser.findElement(By.id("sale:lines:0:lineQuantity"));
        quantity.click();
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0", Keys.TAB);
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sale:lines"), "1 to 999"));
        check("sale, quantity refused");
        new Actions(browser).sendKeys("NO-SUCH-CODE", Keys.ENTER).perform();
        await(By.id("sale:codeMessage"));
        check("sale, unknown code");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()"); // a new sale, not this one back
        browser.get(site + "/sales/new.xhtml");
        awaitFocus("sale:code");
        new Actions(browser).sendKeys("SCK-WHT-42", Keys.ENTER).perform();
        wait(20).until(ExpectedConditions.textToBe(By.id("sale:total"), "8.99"));
        new Actions(browser).sendKeys(Keys.F9).perform();
        await(By.id("sale:paymentMessage"));
        check("sale, payment missing");
        browser.findElement(By.id("sale:cash")).sendKeys("10", Keys.ENTER);
        await(By.id("receiptNumber"));
        String receipt = browser.findElement(By.id("receiptNumber")).getText();
        check("receipt");

        browser.get(site + "/sales/index.xhtml");
        await(By.id("receipts:found"));
        check("receipts of the day");
        browser.get(site + "/returns/new.xhtml");
        await(By.id("returns:receiptNumber"));
        check("return, empty");
        browser.get(site + "/returns/new.xhtml?number=" + receipt);
        await(By.id("returns:lines"));
        check("return, receipt found");
        browser.findElement(By.id("returns:accept")).click();
        await(By.cssSelector("#returns .ui-message-error, #returns .message-error"));
        check("return, refused");

        browser.get(site + "/losses/new.xhtml");
        await(By.id("loss:writeOff")).click();
        await(By.id("loss:reasonMessage"));
        check("loss, refused");
        for (String page : List.of("/products/index.xhtml", "/products/product.xhtml?sku=TSH-RED-M", "/manage/users.xhtml",
                "/manage/audit.xhtml", "/account/password.xhtml", "/tills/index.xhtml", "/tills/report.xhtml?id=1", "/stock/index.xhtml",
                "/goods/index.xhtml", "/goods/receive.xhtml?number=1", "/manage/transfers.xhtml", "/counts/index.xhtml")) {
            browser.get(site + page);
            await(By.tagName("h1"));
            check("branch " + page);
        }

        // A count of a category: counting, a code refused, the variances; then cancelled, so nothing is booked or left open.
        browser.get(site + "/counts/index.xhtml");
        new org.openqa.selenium.support.ui.Select(await(By.id("start:scope"))).selectByValue("Accessories");
        browser.findElement(By.id("start:start")).click();
        awaitFocus("count:code");
        new Actions(browser).sendKeys("SCK-WHT-42", Keys.ENTER).perform();
        await(By.cssSelector("#count\\:table tbody tr"));
        check("count, counting");
        new Actions(browser).sendKeys("TSH-RED-M", Keys.ENTER).perform();
        await(By.id("count:codeMessage"));
        check("count, code outside the count");
        browser.findElement(By.id("manage:showVariances")).click();
        await(By.id("manage:variances"));
        check("count, variances");
        browser.findElement(By.id("manage:cancel")).click();
        await(By.id("start:start"));
    }

    private void hqStates() {
        String site = chain.hq.baseUri() + "/hq";
        browser.manage().deleteAllCookies();
        browser.get(site + "/login.xhtml");
        check("HQ sign-in");
        signIn("hq-admin", "demo-admin-pw");
        await(By.id("menu"));
        check("HQ dashboard");
        for (String page : List.of("/reports/daily-revenue.xhtml", "/reports/branch.xhtml?code=" + TestChain.BRANCH,
                "/reports/missing.xhtml", "/admin/branches.xhtml", "/admin/users.xhtml", "/admin/audit.xhtml",
                "/catalogue/index.xhtml", "/catalogue/style.xhtml?code=WT-01", "/catalogue/prices.xhtml",
                "/account/password.xhtml", "/admin/tills.xhtml", "/reports/cash.xhtml", "/catalogue/deliveries.xhtml",
                "/catalogue/sellers.xhtml")) {
            browser.get(site + page);
            await(By.tagName("h1"));
            check("HQ " + page);
        }
        browser.get(site + "/admin/users.xhtml");
        await(By.id("create:createButton")).click();
        await(By.cssSelector("#create .ui-message-error"));
        check("HQ users, refused");
    }

    private void check(String state) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
        states++;
        for (Rule rule : results.getViolations()) {
            if ("critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())) {
                violations.add(state + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> node.getTarget() + " " + abbreviated(node.getHtml())).limit(3).toList());
            }
        }
    }

    private static String abbreviated(String html) {
        return html == null || html.length() <= 120 ? html : html.substring(0, 120) + "…";
    }

    private static void signIn(String username, String password) {
        await(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password, Keys.ENTER);
    }

    private static org.openqa.selenium.WebElement await(By locator) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void awaitFocus(String id) {
        wait(20).until(driver -> id.equals(driver.switchTo().activeElement().getAttribute("id")));
    }

    private static WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
