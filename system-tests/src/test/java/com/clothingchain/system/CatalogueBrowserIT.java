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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue from HQ's pages to the counter, in a real headless Chromium: a merchandiser creates a style with its
 * size x colour grid (a wrong barcode refused beside its cell), and a clerk at the branch scans one of its barcodes
 * and sells it at the branch's price.
 */
@Tag("browser")
class CatalogueBrowserIT {

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
    void aMerchandiserCreatesAStyleWithItsGridAndAClerkScansItAtTheBranchPrice() throws Exception {
        String category = CatalogueData.category(chain);
        String code = "WEB-" + CatalogueData.unique();

        signIn(chain.hq.baseUri() + "/hq/", "hq-merchandiser", "demo-merchandiser-pw");
        wait(20).until(ExpectedConditions.urlContains("/catalogue/index.xhtml"));
        WebElement newStyle = wait(20).until(ExpectedConditions.elementToBeClickable(By.id("search:newStyle")));
        assertTrue(browser.findElements(By.id("menu:dailyRevenue")).isEmpty(), "no reports for a merchandiser");
        newStyle.click();
        wait(20).until(ExpectedConditions.urlContains("/catalogue/style.xhtml"));

        type("style:code", code);
        String name = "Seersucker shirt " + code;
        type("style:name", name);
        type("style:season", "SS27");
        new Select(browser.findElement(By.id("style:category"))).selectByValue(category);
        wait(20).until(driver -> driver.findElement(By.id("grid")).getText().contains("XL"));
        new Select(browser.findElement(By.id("style:currency"))).selectByValue("USD");
        awaitNoRequestUnderWay();
        for (String colour : List.of("navy", "white")) {
            type("style:newColour", colour);
            browser.findElement(By.id("style:addColour")).click();
            wait(20).until(driver -> driver.findElement(By.id("grid")).getText().contains(colour));
        }
        type("style:fillPrice", "24.00");
        browser.findElement(By.id("style:fill")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("style:messages"), "10 cells filled"));

        // navy, M (the third size of XS-XL): a barcode with a wrong check digit is refused beside its cell
        String navyM = "style:rows:0:cells:2:";
        String barcode = browser.findElement(By.id(navyM + "barcode")).getAttribute("value");
        String wrong = barcode.substring(0, 12) + (char) ('0' + (barcode.charAt(12) - '0' + 1) % 10);
        type(navyM + "barcode", wrong);
        browser.findElement(By.id("style:save")).click();
        WebElement refusal = wait(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + navyM + "barcode'] ~ .ui-message-error, .ui-message-error[id^='" + navyM + "']")));
        assertTrue(refusal.getText().toLowerCase().contains("check digit"), refusal.getText());

        type(navyM + "barcode", barcode);
        browser.findElement(By.id("style:save")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("style:messages"), "is saved with 10 variants"));
        String sku = browser.findElement(By.id(navyM + "sku")).getAttribute("value");
        assertEquals(code + "-NAV-M", sku);

        chain.awaitCatalogue();
        signIn(chain.branch.baseUri() + "/branch/sales/new.xhtml", "clerk", "demo-clerk-pw");
        wait(20).until(driver -> "sale:code".equals(activeId()));
        new Actions(browser).sendKeys(barcode + Keys.ENTER).perform();
        wait(20).until(driver -> driver.findElements(By.cssSelector("[id='sale:lines_data'] tr[data-ri] td:first-child"))
                .stream().map(WebElement::getText).toList().equals(List.of(sku))
                && driver.findElement(By.id("sale:total")).getText().equals("24.00"));

        // A part of its name shows the style's grid: two colours by five sizes, a button per variant.
        new Actions(browser).sendKeys("seersucker").perform();
        WebElement grid = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sale\\:suggestions .style-choice")));
        assertTrue(grid.getText().contains(code), grid.getText());
        assertEquals(List.of("XS", "S", "M", "L", "XL"), grid.findElements(By.cssSelector("thead th:not(:first-child)")).stream()
                .map(WebElement::getText).toList());
        assertEquals(10, grid.findElements(By.cssSelector(".suggestion")).size());
        String whiteS = code + "-WHI-S";
        grid.findElement(By.cssSelector(".suggestion[data-code='" + whiteS + "']")).click();
        wait(20).until(driver -> driver.findElements(By.cssSelector("[id='sale:lines_data'] tr[data-ri] td:first-child"))
                .stream().map(WebElement::getText).toList().equals(List.of(sku, whiteS))
                && driver.findElement(By.id("sale:total")).getText().equals("48.00"));
        browser.findElement(By.id("sale:exactCash")).click();
        new Actions(browser).sendKeys(Keys.F9).perform();
        wait(20).until(ExpectedConditions.urlContains("/sales/receipt.xhtml"));
        assertEquals("48.00", wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("total"))).getText());
        assertTrue(browser.findElement(By.id("lines")).getText().contains(sku));
    }

    @Test
    void aMerchandiserImportsAFileOnThePageAndSeesEveryRefusedRow() throws Exception {
        String category = CatalogueData.category(chain);
        String code = "UPL-" + CatalogueData.unique();
        String header = "style_code,style_name,category,season,description,sku,barcode,size,colour,active,currency,price\n";
        String good = code + ",Uploaded tee," + category + ",SS27,,%s,%s,%s,black,true,USD,12.00\n";
        String first = CatalogueData.nextBarcode();
        String second = CatalogueData.nextBarcode();
        String wrongCheckDigit = second.substring(0, 12) + (char) ('0' + (second.charAt(12) - '0' + 1) % 10);
        Path file = Files.createTempFile("catalogue", ".csv");
        Files.writeString(file, header + good.formatted(code + "-S", first, "S") + good.formatted(code + "-M", wrongCheckDigit, "M")
                + code + ",Uploaded tee," + category + ",SS27,,," + CatalogueData.nextBarcode() + ",XXL,black,true,USD,1.999\n");

        signIn(chain.hq.baseUri() + "/hq/catalogue/index.xhtml", "hq-merchandiser", "demo-merchandiser-pw");
        wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("import:file"))).sendKeys(file.toString());
        browser.findElement(By.id("import:importButton")).click();
        String refusals = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:refusals"))).getText();
        assertTrue(refusals.contains("row 3, barcode"), refusals);
        assertTrue(refusals.contains("row 4, sku"), refusals);
        assertTrue(refusals.contains("row 4, price") || refusals.contains("row 4, size"), refusals);
        assertTrue(browser.findElement(By.id("import")).getText().contains("Nothing changed"));
        assertEquals(404, Http.get(chain.hqApi().resolve("catalogue/styles/" + code), CatalogueData.MERCHANDISER).statusCode());

        Files.writeString(file, header + good.formatted(code + "-S", first, "S") + good.formatted(code + "-M", second, "M"));
        wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("import:file"))).sendKeys(file.toString());
        browser.findElement(By.id("import:importButton")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:messages"), "1 styles, 2 variants"));
        assertTrue(browser.findElements(By.id("import:refusals")).isEmpty());
        Files.delete(file);

        type("search:text", code);
        wait(20).until(driver -> driver.findElement(By.id("list:styles")).getText().contains("Uploaded tee"));
        String link = browser.findElement(By.id("exportCsv")).getAttribute("href");
        assertTrue(link.endsWith("/hq/catalogue/export?format=csv"), link);
    }

    @Test
    void aMerchandiserRanksSizesAndGetsTheExportOfThatRanking() {
        signIn(chain.hq.baseUri() + "/hq/catalogue/sellers.xhtml", "hq-merchandiser", "demo-merchandiser-pw");
        wait(20).until(ExpectedConditions.elementToBeClickable(By.id("filters:by"))).click();
        wait(20).until(ExpectedConditions.elementToBeClickable(By.id("filters:by_2"))).click();
        // The menu's panel closes with an animation: the choice is made once the menu shows it, and Show is clickable.
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:by_label"), "Sizes"));
        wait(20).until(ExpectedConditions.invisibilityOfElementLocated(By.id("filters:by_panel")));
        wait(20).until(ExpectedConditions.elementToBeClickable(By.id("filters:apply"))).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#ranking h2"), "Sizes"));
        String table = browser.findElement(By.id("ranking:styles")).getText();
        assertTrue(table.contains("Size") && table.contains("Sell-through") && !table.contains("Category"), table);
        assertTrue(table.contains("\nM ") || table.contains(" M "), "the demo catalogue's sizes are ranked: " + table);
        String csv = browser.findElement(By.id("csv")).getAttribute("href");
        assertTrue(csv.contains("sellers-export?by=size&") && csv.contains("order=best") && csv.endsWith("format=csv"), csv);
        assertTrue(browser.findElement(By.id("xlsx")).getAttribute("href").contains("by=size&"));
    }

    private static void signIn(String page, String username, String password) {
        HeadlessChromium.signIn(browser, page, username, password);
    }

    private static void type(String id, String text) {
        WebElement field = wait(20).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static void awaitNoRequestUnderWay() {
        wait(20).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private static String activeId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    private static WebDriverWait wait(int seconds) {
        return HeadlessChromium.waitFor(browser, seconds);
    }
}
