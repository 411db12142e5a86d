package com.clothingchain.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clerk's till in headless Chromium, at B001 (prices include 20 % tax): opens a till with its float, sells three
 * items paid part cash, part card, sees the change while typing and on the receipt, prints the receipt with its tax
 * lines, and closes the till with a blind count that balances.
 */
@Tag("browser")
class TillBrowserIT {

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

    @Test
    void aClerkSellsPartCashPartCardPrintsTheTaxAndCountsTheTillBlind() {
        String till = "T" + (System.nanoTime() % 100_000);
        browser.manage().deleteAllCookies();
        browser.get(chain.branch.baseUri() + "/branch/tills/index.xhtml");
        wait(20).until(ExpectedConditions.urlContains("/login.xhtml"));
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.findElement(By.id("login:username")).sendKeys("clerk");
        browser.findElement(By.id("login:password")).sendKeys("demo-clerk-pw", Keys.ENTER);
        waitFor(By.id("tills:openCode")).sendKeys(till);
        browser.findElement(By.id("tills:openFloat")).sendKeys("50.00");
        browser.findElement(By.id("tills:open")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("counter"), "till " + till));

        browser.findElement(By.id("menu:sale")).click();
        wait(20).until(d -> "sale:code".equals(d.switchTo().activeElement().getAttribute("id")));
        assertTrue(browser.findElement(By.id("sale:basket")).getText().contains("Till " + till), "the sale goes to the till opened");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("TSH-RED-M\nJNS-IND-32\nSCK-WHT-42\n").perform();
        wait(20).until(ExpectedConditions.textToBe(By.id("sale:total"), "82.98"));

        browser.findElement(By.id("sale:card")).sendKeys("40.00");
        browser.findElement(By.id("sale:reference")).sendKeys("A12345");
        WebElement cash = browser.findElement(By.id("sale:cash"));
        cash.sendKeys("50");
        assertEquals("7.02", browser.findElement(By.id("sale:change")).getText(), "50.00 handed over for the 42.98 left after the card");
        cash.sendKeys(Keys.ENTER);

        wait(20).until(ExpectedConditions.urlContains("/sales/receipt.xhtml"));
        assertEquals("82.98", waitFor(By.id("total")).getText());
        assertEquals("7.02", browser.findElement(By.id("change")).getText());
        String payments = browser.findElement(By.id("payments")).getText();
        assertTrue(payments.contains("Cash") && payments.contains("50.00") && payments.contains("Card ref. A12345")
                && payments.contains("40.00"), payments);
        // 14.99, 59.00 and 8.99 at 20 % included: 2.50 + 9.83 + 1.50 tax, each line rounded on its own.
        List<String> taxRow = browser.findElements(By.cssSelector("#taxes tbody td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("20.00 %", "69.15", "13.83"), taxRow);
        assertTrue(browser.findElement(By.id("receipt")).getText().contains("Prices include tax."));
        assertPrintsWithTaxLines();

        browser.findElement(By.id("menu:tills")).click();
        WebElement row = wait(20).until(d -> d.findElements(By.cssSelector("[id='tills:sessions_data'] tr")).stream()
                .filter(r -> r.getText().startsWith(till)).findFirst().orElse(null));
        assertTrue(row.getText().contains("OPEN"), row.getText());
        row.findElement(By.cssSelector("[id$=':countStart']")).click();
        WebElement countPanel = waitFor(By.id("tills:countPanel"));
        assertTrue(!countPanel.getText().contains("92.98"), "the count is blind: nothing expected is shown");
        waitFor(By.id("tills:count:0:amount"));
        Map<String, String> counted = Map.of("Cash", "92.98", "Card", "40.00");
        for (WebElement field : countPanel.findElements(By.cssSelector(".field"))) {
            String label = field.findElement(By.tagName("label")).getText();
            counted.entrySet().stream().filter(e -> label.startsWith(e.getKey())).findFirst()
                    .ifPresent(e -> field.findElement(By.tagName("input")).sendKeys(e.getValue()));
        }
        browser.findElement(By.id("tills:countButton")).click();

        wait(20).until(ExpectedConditions.urlContains("/tills/report.xhtml"));
        assertTrue(waitFor(By.id("reportTitle")).getText().matches("Z report \\d+"), browser.findElement(By.id("reportTitle")).getText());
        assertEquals("CLOSED", browser.findElement(By.id("status")).getText());
        String tenders = browser.findElement(By.id("approval:tenders")).getText();
        assertTrue(tenders.contains("CASH 92.98 92.98 0.00") && tenders.contains("CARD 40.00 40.00 0.00"), tenders);
    }

    private static void assertPrintsWithTaxLines() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(browser.findElement(By.id("taxes")).isDisplayed(), "the tax lines are printed");
            assertTrue(browser.findElement(By.id("payments")).isDisplayed(), "the payments are printed");
            assertTrue(!browser.findElement(By.id("print")).isDisplayed(), "the page's buttons are not");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private static WebElement waitFor(By locator) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
