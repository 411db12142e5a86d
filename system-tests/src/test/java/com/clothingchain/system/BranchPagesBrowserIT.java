package com.clothingchain.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The branch's pages in headless Chromium: a clerk sells two lines and sees the receipt and the day's running
 * total; a manager adds a product and closes the day; a wrong password does not sign in.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BranchPagesBrowserIT {

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
    @Order(1)
    void aClerkSellsTwoLinesAndSeesTheReceiptAndTheDaysRunningTotal() {
        signIn("clerk", "demo-clerk-pw");
        BigDecimal revenueBefore = money(waitFor(By.id("day:revenue")).getText());
        assertTrue(browser.findElements(By.id("menu:users")).isEmpty(), "a clerk sees no Users in the menu");
        assertTrue(browser.findElements(By.id("day:close")).isEmpty(), "a clerk can not close the day");

        browser.findElement(By.id("menu:sale")).click();
        wait(20).until(d -> "sale:code".equals(d.switchTo().activeElement().getAttribute("id")));

        // Line 1: two T-shirts: the quantity, then the SKU and Enter.
        WebElement quantity = browser.findElement(By.id("sale:quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.findElement(By.id("sale:code")).sendKeys("TSH-RED-M", Keys.ENTER);
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sale:lines"), "TSH-RED-M"));
        wait(20).until(ExpectedConditions.textToBe(By.id("sale:total"), "29.98"));

        // Line 2: jeans, found by a part of the name and clicked in the suggestions.
        browser.findElement(By.id("sale:code")).sendKeys("slim je");
        wait(20).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='sale:suggestions']//button[contains(., 'JNS-IND-32')]"))).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sale:lines"), "JNS-IND-32"));
        wait(20).until(ExpectedConditions.textToBe(By.id("sale:total"), "88.98"));

        browser.findElement(By.id("sale:cash")).sendKeys("100");
        browser.findElement(By.id("sale:complete")).click();
        wait(20).until(ExpectedConditions.urlContains("/sales/receipt.xhtml"));
        String receiptNumber = waitFor(By.id("receiptNumber")).getText();
        assertTrue(receiptNumber.matches("\\d{8}-\\d{4}"), receiptNumber);
        assertEquals("88.98", browser.findElement(By.id("total")).getText());
        assertEquals("clerk", browser.findElement(By.id("clerk")).getText());
        String lines = browser.findElement(By.id("lines")).getText();
        assertTrue(lines.contains("TSH-RED-M") && lines.contains("JNS-IND-32") && lines.contains("29.98"), lines);
        assertTrue(browser.findElement(By.id("print")).isDisplayed());

        browser.findElement(By.id("menu:day")).click();
        BigDecimal revenueAfter = money(waitFor(By.id("day:revenue")).getText());
        assertEquals(revenueBefore.add(new BigDecimal("88.98")), revenueAfter);

        returnOneShirtOf(receiptNumber);
        browser.findElement(By.id("menu:day")).click();
        assertEquals(revenueAfter.subtract(new BigDecimal("14.99")), money(waitFor(By.id("day:revenue")).getText()));

        BigDecimal lossBefore = money(browser.findElement(By.id("day:loss")).getText());
        writeOffDamagedSocks();
        browser.findElement(By.id("menu:day")).click();
        assertEquals(lossBefore.add(new BigDecimal("8.99")), money(waitFor(By.id("day:loss")).getText()));

        browser.get(chain.branch.baseUri() + "/branch/manage/users.xhtml");
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Your role may not open this page"));
    }

    private void returnOneShirtOf(String receiptNumber) {
        browser.findElement(By.id("menu:return")).click();
        waitFor(By.id("returns:receiptNumber")).sendKeys(receiptNumber, Keys.ENTER);
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("returns:lines"), "TSH-RED-M"));
        type("returns:lines:0:returnQuantity", "1");
        browser.findElement(By.id("returns:lines:0:returnQuantity")).sendKeys(Keys.TAB);
        wait(20).until(ExpectedConditions.textToBe(By.id("returns:refund"), "14.99"));
        browser.findElement(By.id("returns:accept")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("returns"), "Choose why the goods come back"));
        new Select(waitFor(By.id("returns:reason"))).selectByVisibleText("wrong size");
        browser.findElement(By.id("returns:accept")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("returns:messages"), "refund 14.99"));
        browser.findElement(By.id("returns:slip")).click();
        wait(20).until(ExpectedConditions.textToBe(By.id("refund"), "14.99"));
        assertEquals("wrong size", browser.findElement(By.id("reason")).getText());
        // The receipt's return again, as its "Return items" button opens it.
        browser.get(chain.branch.baseUri() + "/branch/returns/new.xhtml?number=" + receiptNumber);
        wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("returns:lines")));
        new Select(waitFor(By.id("returns:reason"))).selectByVisibleText("wrong size");

        // One shirt is left to return: asking for two more shows the refusal beside the quantity.
        type("returns:lines:0:returnQuantity", "2");
        browser.findElement(By.id("returns:accept")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("returns:lines"),
                "Only 1 of TSH-RED-M on receipt " + receiptNumber + " can still be returned."));
    }

    private void writeOffDamagedSocks() {
        browser.findElement(By.id("menu:loss")).click();
        waitFor(By.id("loss:product_input")).sendKeys("SCK-WHT");
        wait(20).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='loss:product_panel']//li[contains(., 'SCK-WHT-42')]"))).click();
        browser.findElement(By.id("loss:writeOff")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("loss:reasonMessage"), "Reason is required."));
        wait(20).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='loss:reason']//label[normalize-space()='damaged']"))).click();
        browser.findElement(By.id("loss:writeOff")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("loss:messages"), "SCK-WHT-42 written off"));
        assertTrue(browser.findElement(By.id("loss:recent")).getText().contains("SCK-WHT-42"));
    }

    @Test
    @Order(2)
    void aManagerSeesProductsFromHqCreatesAUserAndClosesTheDay() {
        signIn("/products/index.xhtml", "manager", "demo-manager-pw");
        waitFor(By.id("menu:users"));
        assertTrue(waitFor(By.id("source")).getText().contains("come from HQ's catalogue"));
        String report = waitFor(By.cssSelector("#products\\:found .ui-paginator-current")).getText();
        assertTrue(Integer.parseInt(report.replaceAll(".* of ", "").trim()) > 600, "HQ's demo catalogue is here: " + report);
        assertTrue(browser.findElements(By.id("products:add")).isEmpty(), "no way to add a product at a branch");

        waitFor(By.id("products:text")).sendKeys("TSH-RED-M");
        wait(20).until(driver -> driver.findElements(By.cssSelector("#products\\:found tbody tr")).size() == 1);
        assertTrue(browser.findElement(By.id("products:found")).getText().contains("this branch, before the catalogue"));
        browser.findElement(By.linkText("TSH-RED-M")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("from"), "before the chain"));
        assertEquals("14.99", browser.findElement(By.id("price")).getText());
        assertTrue(browser.findElements(By.cssSelector("#product input[type=text], #product button")).isEmpty(),
                "a product is read-only at a branch");

        browser.findElement(By.id("menu:users")).click();
        type("create:username", "clerk2");
        type("create:displayName", "Second Clerk");
        type("create:password", "too-short");
        browser.findElement(By.id("create:createButton")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("create:passwordMessage"), "12 to 128 characters"));
        type("create:password", "a-long-enough-password");
        browser.findElement(By.id("create:createButton")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:users"), "Second Clerk"));

        browser.findElement(By.id("menu:day")).click();
        LocalDate open = LocalDate.parse(waitFor(By.id("day:openDate")).getText());
        browser.findElement(By.id("day:close")).click();
        wait(20).until(ExpectedConditions.elementToBeClickable(By.id("day:confirmYes"))).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("day:messages"), "Business date " + open + " is closed"));
        wait(20).until(ExpectedConditions.textToBe(By.id("day:openDate"), open.plusDays(1).toString()));
        assertTrue(browser.findElement(By.id("day:past")).getText().contains(open.toString()));

        // The report goes to HQ within seconds; the day page shows it sent and nothing waiting, without a reload.
        wait(60).until(driver -> driver.findElement(By.id("day:past")).getText().contains("SENT")
                && driver.findElement(By.id("day:pending")).getText().equals("0"));
        assertEquals("0", browser.findElement(By.id("day:rejected")).getText(), browser.findElement(By.id("day:backlog")).getText());
    }

    @Test
    @Order(3)
    void aWrongPasswordShowsAnErrorAndDoesNotSignIn() {
        signIn("clerk", "not-the-password");
        WebElement message = wait(20).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login .ui-message-error")));
        assertTrue(message.getText().contains("Wrong user name or password"), message.getText());
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(browser.findElements(By.id("menu")).isEmpty());
    }

    private void signIn(String username, String password) {
        signIn("/", username, password);
    }

    /** Opens a page signed out, which leads to the sign-in page, and signs in. */
    private void signIn(String page, String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(chain.branch.baseUri() + "/branch" + page);
        wait(20).until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
    }

    private void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static WebElement waitFor(By locator) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text.replace(",", "").trim());
    }
}
