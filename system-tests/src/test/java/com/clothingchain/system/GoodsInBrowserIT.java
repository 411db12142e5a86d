package com.clothingchain.system;

import com.clothingchain.system.runtime.HqClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Goods in and stock in a real headless Chromium: a clerk receives HQ's delivery by scanning, fast, one item short and one
 * that was not on it; a merchandiser opens a style at HQ and sees its stock per branch, colour and size.
 */
@Tag("browser")
class GoodsInBrowserIT {

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

    private static WebDriverWait waitFor() {
        return HeadlessChromium.waitFor(browser, 20);
    }

    private static int onHand(String sku) {
        return Http.json(Http.get(chain.branchApi().resolve("stock/" + sku), Http.basic("clerk", "demo-clerk-pw")).body())
                .asJsonObject().getInt("onHand");
    }

    @Test
    void aClerkReceivesADeliveryByScanningOneShortAndOneExtra() throws Exception {
        String style = "GIB" + CatalogueData.unique();
        String small = style + "-S";
        String medium = style + "-M";
        String smallBarcode = CatalogueData.nextBarcode();
        String mediumBarcode = CatalogueData.nextBarcode();
        HttpResponse<String> saved = CatalogueData.send(chain, "PUT", "catalogue/styles/" + style, CatalogueData.style(chain, style, true,
                CatalogueData.variant(small, smallBarcode, "S", "navy", "30.00"),
                CatalogueData.variant(medium, mediumBarcode, "M", "navy", "30.00")));
        assertEquals(201, saved.statusCode(), saved.body());
        chain.awaitCatalogue();
        HttpResponse<String> sent = CatalogueData.send(chain, "POST", "deliveries", """
                {"branch":"%s","lines":[{"sku":"%s","quantity":3},{"sku":"%s","quantity":2}]}""".formatted(TestChain.BRANCH, small, medium));
        assertEquals(201, sent.statusCode(), sent.body());
        long number = Http.json(sent.body()).asJsonObject().getJsonNumber("number").longValue();
        int smallBefore = onHand(small);
        int mediumBefore = onHand(medium);
        int extraBefore = onHand("TSH-RED-M");

        HeadlessChromium.signIn(browser, chain.branch.baseUri() + "/branch/goods/index.xhtml", "clerk", "demo-clerk-pw");
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("goods:pull"))).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goods:messages"), "from HQ"));
        WebElement row = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody[@id='goods:deliveries_data']/tr[td[1]//a[text()='" + number + "']]")));
        row.findElement(By.linkText("Receive")).click();
        waitFor().until(driver -> "receive:code".equals(browser.switchTo().activeElement().getAttribute("id")));

        // As a scanner types: three small ones, a T-shirt that is not on the delivery (asked of the server), and one medium
        // (the other medium is missing), without waiting for anything in between.
        new Actions(browser).sendKeys(smallBarcode + Keys.ENTER + smallBarcode + Keys.ENTER + "TSH-RED-M" + Keys.ENTER
                + smallBarcode + Keys.ENTER + mediumBarcode + Keys.ENTER).perform();
        // Lines in SKU order: medium, small, then the T-shirt the scan added.
        waitFor().until(driver -> List.of("1", "3", "1").equals(counts()) && difference(2).equals("+1"));
        assertEquals(List.of("-1", "0", "+1"), List.of(difference(0), difference(1), difference(2)), "each line's difference as counted");

        browser.findElement(By.id("receive:save")).click();
        waitFor().until(ExpectedConditions.urlContains("/goods/index.xhtml"));
        String message = browser.findElement(By.id("goods:messages")).getText();
        assertTrue(message.contains("Delivery " + number + " received: 5 of 5 units; 2 lines differ"), message);
        assertEquals(List.of(smallBefore + 3, mediumBefore + 1, extraBefore + 1), List.of(onHand(small), onHand(medium), onHand("TSH-RED-M")));

        // HQ gets the receipt through the branch's outbox and shows both differences.
        JsonObject atHq = null;
        for (long deadline = System.nanoTime() + 60_000_000_000L; System.nanoTime() < deadline; Thread.sleep(250)) {
            atHq = Http.json(Http.get(chain.hqApi().resolve("deliveries/" + number), CatalogueData.MERCHANDISER).body()).asJsonObject();
            if (atHq.getString("status").equals("RECEIVED")) {
                break;
            }
        }
        assertEquals(List.of("RECEIVED", 2), List.of(atHq.getString("status"), atHq.getInt("discrepancies")), atHq.toString());

        // A branch reports its stock of the style with a closed day; the merchandiser sees it by branch, colour and size.
        String code = "SV" + CatalogueData.unique();
        String key = new HqClient(chain.hq.baseUri(), "hq-admin", "demo-admin-pw")
                .registerOrRotate(code, "Style view " + code, "Test lane", URI.create("http://localhost:1/branch/"), TestChain.BRANCH_TIME_ZONE);
        LocalDate yesterday = LocalDate.now(ZoneId.of(TestChain.BRANCH_TIME_ZONE)).minusDays(1);
        HttpResponse<String> figures = Http.send("PUT", chain.hqApi().resolve("branches/" + code + "/variant-figures/" + yesterday),
                Http.bearer(key), """
                {"revision":1,"revenue":0.00,"loss":0.00,"rounding":0.00,"variants":[
                 {"sku":"%s","sold":0,"soldAmount":0.00,"returned":0,"returnedAmount":0.00,"lost":0,"lossValue":0.00,"onHand":7},
                 {"sku":"%s","sold":0,"soldAmount":0.00,"returned":0,"returnedAmount":0.00,"lost":0,"lossValue":0.00,"onHand":4}]}"""
                        .formatted(small, medium));
        assertEquals(201, figures.statusCode(), figures.body());

        HeadlessChromium.signIn(browser, chain.hq.baseUri() + "/hq/catalogue/style.xhtml?code=" + style, "hq-merchandiser",
                "demo-merchandiser-pw");
        WebElement stockRow = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='stock']/tbody/tr[th[text()='" + code + "']]")));
        List<String> cells = stockRow.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals("navy", cells.get(0), cells.toString());
        assertTrue(cells.containsAll(List.of("7", "4", yesterday.toString())), "S 7 and M 4 as of " + yesterday + ": " + cells);
    }

    private static List<String> counts() {
        return browser.findElements(By.cssSelector("#receive\\:table input.counted")).stream().map(e -> e.getAttribute("value")).toList();
    }

    private static String difference(int row) {
        return browser.findElements(By.cssSelector("#receive\\:table td.difference")).get(row).getText();
    }
}
