package com.clothingchain.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter as a clerk runs it, in Chromium: a barcode scanner types into whatever has the focus, fast, and ends
 * each code with Enter; a keyboard user sells without the mouse; a session expires in the middle of a sale; the
 * receipt goes to an 80 mm printer. Keys go to the focused element (Actions), as a scanner's would, never to an
 * element the test picked.
 */
@Tag("browser")
class CounterBrowserIT {

    /** T-shirt 14.99, jeans 59.00, hoodie 39.90, scarf 19.99. */
    private static final List<String> FOUR = List.of("TSH-RED-M", "JNS-IND-32", "HOD-GRY-L", "SCF-WOL-OS");
    private static final String FOUR_TOTAL = "133.88";

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

    @BeforeEach
    void signInAsClerkOnTheSalePage() {
        signIn("/sales/new.xhtml");
        handOverCash();
    }

    /**
     * The customer's cash, typed before the scanning starts (the payment fields are never rendered again, so it stays):
     * these tests are about the scanning, and F9 then pays and completes at once.
     */
    private static void handOverCash() {
        browser.findElement(By.id("sale:cash")).sendKeys("1000");
        keys(Keys.F2.toString());
        wait(20).until(driver -> "sale:code".equals(activeId()));
    }

    @AfterEach
    void pagesKeptTheirContentSecurityPolicy() {
        HeadlessChromium.assertNoCspViolations(browser);
    }

    @Test
    void fourProductsScannedAtScannerSpeedAreExactlyThoseFour() {
        // A few milliseconds a key, Enter, and the next code at once: the whole burst in one go.
        keys(String.join("\n", FOUR) + "\n");
        awaitBasket(FOUR, FOUR_TOTAL);
        assertReceiptAfterF9(FOUR, FOUR_TOTAL);
    }

    @Test
    void fourProductsTypedAt120MsAKeyAreExactlyThoseFour() {
        Actions typing = new Actions(browser);
        for (char key : (String.join("\n", FOUR) + "\n").toCharArray()) {
            typing.sendKeys(key == '\n' ? Keys.ENTER.toString() : String.valueOf(key)).pause(Duration.ofMillis(120));
        }
        typing.perform();
        awaitBasket(FOUR, FOUR_TOTAL);
        assertReceiptAfterF9(FOUR, FOUR_TOTAL);
    }

    @Test
    void aRescanAddsOneAndAQuantityChangedThenTabbedDoesNotEatTheNextScan() {
        keys("TSH-RED-M\nTSH-RED-M\n");
        awaitBasket(List.of("TSH-RED-M"), "29.98");
        assertEquals("2", quantityOf(0));

        WebElement quantity = browser.findElement(By.id("sale:lines:0:lineQuantity"));
        quantity.click();
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        keys(Keys.TAB + "JNS-IND-32\n");
        awaitBasket(List.of("TSH-RED-M", "JNS-IND-32"), "103.97");
        assertEquals("3", quantityOf(0));
        assertReceiptAfterF9(List.of("TSH-RED-M", "JNS-IND-32"), "103.97");
    }

    @Test
    void aLineRemovedByAClickIsGoneAndTheNextScanLands() {
        keys("TSH-RED-M\nJNS-IND-32\n");
        awaitBasket(List.of("TSH-RED-M", "JNS-IND-32"), "73.99");
        browser.findElement(By.id("sale:lines:0:remove")).click();
        keys("HOD-GRY-L\n");
        awaitBasket(List.of("JNS-IND-32", "HOD-GRY-L"), "98.90");
        assertReceiptAfterF9(List.of("JNS-IND-32", "HOD-GRY-L"), "98.90");
    }

    @Test
    void wrongQuantitiesAreRefusedBesideTheLineAndTheTotalStaysTrue() {
        keys("SCK-WHT-42\n");
        awaitBasket(List.of("SCK-WHT-42"), "8.99");
        for (String wrong : List.of("0", "-1", "1000")) {
            WebElement quantity = browser.findElement(By.id("sale:lines:0:lineQuantity"));
            quantity.click();
            quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), wrong);
            keys(Keys.TAB.toString());
            awaitNoRequestUnderWay();
            assertTrue(browser.findElement(By.id("sale:lines")).getText().contains("whole number from 1 to 999"), "refused " + wrong);
            assertEquals("8.99", browser.findElement(By.id("sale:total")).getText(), "the total never counts " + wrong);
        }
        WebElement entryQuantity = browser.findElement(By.id("sale:quantity"));
        entryQuantity.sendKeys(Keys.BACK_SPACE, "e");
        browser.findElement(By.id("sale:code")).sendKeys("SCK-WHT-42\n");
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sale:entryMessages"), "1 to 999"));
        assertEquals("8.99", browser.findElement(By.id("sale:total")).getText(), "an entry quantity 'e' adds nothing");
        entryQuantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        keys(Keys.F2 + "x".repeat(300) + "\n");
        WebElement refusal = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("sale:codeMessage")));
        assertTrue(refusal.getSize().getWidth() <= browser.findElement(By.tagName("main")).getSize().getWidth(),
                "a long code's refusal stays on the page");
    }

    @Test
    void aKeyboardSaleOfThreeLinesTakesOneKeyBesidesTheCodesAndQuantities() {
        assertEquals("sale:code", activeId(), "the cursor starts in the entry field");
        // The codes with their Enter, as a scanner sends them, one with a quantity; then F9: one key.
        keys("TSH-RED-M\n2*JNS-IND-32\nSCK-WHT-42\n");
        awaitBasket(List.of("TSH-RED-M", "JNS-IND-32", "SCK-WHT-42"), "141.98");
        keys(Keys.F9.toString());
        wait(20).until(ExpectedConditions.urlContains("/sales/receipt.xhtml"));
        assertEquals("141.98", browser.findElement(By.id("total")).getText());
    }

    @Test
    void f9RightAfterTheLastScanBooksEveryScannedLine() {
        // The clerk does not wait for the basket to show the last line: the sale still takes all three.
        keys("TSH-RED-M\n2*JNS-IND-32\nSCK-WHT-42\n" + Keys.F9);
        wait(20).until(ExpectedConditions.urlContains("/sales/receipt.xhtml"));
        assertEquals("141.98", wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("total"))).getText());
        assertEquals(4, browser.findElements(By.cssSelector("#lines tr")).size());
    }

    @Test
    void f9WhileALineQuantityIsBeingTypedBooksThatQuantity() {
        keys("TSH-RED-M\n");
        awaitBasket(List.of("TSH-RED-M"), "14.99");
        WebElement quantity = browser.findElement(By.id("sale:lines:0:lineQuantity"));
        quantity.click();
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.F9);
        wait(20).until(ExpectedConditions.urlContains("/sales/receipt.xhtml"));
        assertEquals("44.97", wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("total"))).getText());
    }

    @Test
    void anExpiredSessionLeadsToTheSignInAndBringsTheBasketBackBookedOnce() {
        keys("TSH-RED-M\nHOD-GRY-L\n");
        awaitBasket(List.of("TSH-RED-M", "HOD-GRY-L"), "54.89");
        int transactions = transactionCount();

        browser.manage().deleteCookieNamed("JSESSIONID");
        keys(Keys.F9.toString());
        wait(20).until(ExpectedConditions.urlContains("/login.xhtml"));
        assertEquals(transactions, transactionCount(), "nothing was booked");

        browser.findElement(By.id("login:username")).sendKeys("clerk");
        browser.findElement(By.id("login:password")).sendKeys("demo-clerk-pw", Keys.ENTER);
        wait(20).until(ExpectedConditions.urlContains("/sales/new.xhtml"));
        awaitBasket(List.of("TSH-RED-M", "HOD-GRY-L"), "54.89");
        assertTrue(browser.findElement(By.id("sale:messages")).getText().contains("is back"));
        assertReceiptAfterF9(List.of("TSH-RED-M", "HOD-GRY-L"), "54.89");
        assertEquals(transactions + 1, transactionCount(), "booked exactly once");
    }

    @Test
    void theReceiptPrintsOn80MmPaperWithoutPageControlsOrClippedText() {
        keys("JKT-NAV-M\nDRS-GRN-S\nSNK-WHT-42\n");
        awaitBasket(List.of("JKT-NAV-M", "DRS-GRN-S", "SNK-WHT-42"), "193.85");
        keys(Keys.F9.toString());
        wait(20).until(ExpectedConditions.urlContains("/sales/receipt.xhtml"));
        assertTrue(browser.findElement(By.id("receipt")).getText().contains(TestChain.BRANCH_ADDRESS), "the shop's address");
        assertTrue(browser.findElement(By.id("currency")).getText().matches("[A-Z]{3}"));
        assertTrue(browser.findElements(By.cssSelector("#receipt svg.barcode path")).size() == 1, "the number as a barcode");

        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        // 80 mm paper at 96 dots per inch.
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 302, "height", 1200, "deviceScaleFactor", 1, "mobile", false));
        try {
            Object problems = ((JavascriptExecutor) browser).executeScript("""
                    const problems = [];
                    for (const el of document.querySelectorAll('.no-print, .site-header, button, a')) {
                        if (el.getClientRects().length > 0) problems.push('shown on paper: ' + (el.id || el.className || el.tagName));
                    }
                    for (const el of document.querySelectorAll('#receipt, #receipt *')) {
                        const box = el.getBoundingClientRect();
                        if (box.right > document.documentElement.clientWidth + 1 || el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
                            problems.push('clipped: ' + (el.id || el.className || el.tagName) + ' ' + el.textContent.trim().slice(0, 30));
                    }
                    return problems;""");
            assertEquals(List.of(), problems);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private void assertReceiptAfterF9(List<String> skus, String total) {
        if (browser.findElement(By.id("sale:cash")).getAttribute("value").isEmpty()) {
            handOverCash(); // a sign-in in between loaded the page afresh
        }
        keys(Keys.F9.toString());
        wait(20).until(ExpectedConditions.urlContains("/sales/receipt.xhtml"));
        assertEquals(total, wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("total"))).getText());
        String lines = browser.findElement(By.id("lines")).getText();
        for (String sku : skus) {
            assertTrue(lines.contains(sku), sku + " on the receipt: " + lines);
        }
        assertEquals(skus.size() + 1, browser.findElements(By.cssSelector("#lines tr")).size(), "exactly these lines: " + lines);
    }

    private static void awaitBasket(List<String> skus, String total) {
        wait(20).until(driver -> {
            List<String> shown = driver.findElements(By.cssSelector("[id='sale:lines_data'] tr[data-ri] td:first-child"))
                    .stream().map(WebElement::getText).toList();
            return shown.equals(skus) && driver.findElement(By.id("sale:total")).getText().equals(total);
        });
        wait(20).until(driver -> "sale:code".equals(activeId()));
    }

    /** PrimeFaces has sent every request of the page and applied every answer. */
    private static void awaitNoRequestUnderWay() {
        wait(20).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private static String quantityOf(int line) {
        return browser.findElement(By.id("sale:lines:" + line + ":lineQuantity")).getAttribute("value");
    }

    private static String activeId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    /** Keys to whatever has the focus, as fast as the browser takes them. */
    private static void keys(String text) {
        new Actions(browser).sendKeys(text.replace("\n", Keys.ENTER.toString())).perform();
    }

    private int transactionCount() {
        var day = Http.get(chain.branchApi().resolve("days/current"), Http.basic("clerk", "demo-clerk-pw"));
        try (var reader = jakarta.json.Json.createReader(new StringReader(day.body()))) {
            JsonObject json = reader.readObject();
            return json.getInt("transactionCount");
        }
    }

    /** A fresh start: no session, and no basket kept in the tab from an earlier test. */
    private static void signIn(String page) {
        browser.manage().deleteAllCookies();
        browser.get(chain.branch.baseUri() + "/branch" + page);
        wait(20).until(ExpectedConditions.urlContains("/login.xhtml"));
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.findElement(By.id("login:username")).sendKeys("clerk");
        browser.findElement(By.id("login:password")).sendKeys("demo-clerk-pw", Keys.ENTER);
        wait(20).until(ExpectedConditions.urlContains(page));
        wait(20).until(driver -> "sale:code".equals(activeId()));
    }

    private static WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class); // the basket is rendered again by every change
        return wait;
    }
}
