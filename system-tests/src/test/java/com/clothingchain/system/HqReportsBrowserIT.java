package com.clothingchain.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.clothingchain.system.Http.basic;
import static com.clothingchain.system.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HQ's report and admin pages in a real headless Chromium, over reports sent through the API. */
@Tag("browser")
class HqReportsBrowserIT {

    static final String ADMIN = basic("hq-admin", "demo-admin-pw");
    static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    static TestChain chain;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        chain = TestChain.get();
        String key1 = register("WEB-1", "USD");
        String key2 = register("WEB-2", "USD");
        String euroKey = register("WEB-EUR", "EUR");
        for (int back = 3; back >= 1; back--) {
            report("WEB-1", key1, YESTERDAY.minusDays(back - 1L), "1000.25", "10.00", 10);
            report("WEB-2", key2, YESTERDAY.minusDays(back - 1L), "2000.50", "0.50", 20);
            report("WEB-EUR", euroKey, YESTERDAY.minusDays(back - 1L), "500.00", "5.00", 5);
        }
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

    private static String register(String code, String currency) {
        HttpResponse<String> response = Http.send("POST", chain.hqApi().resolve("branches"), ADMIN, """
                {"code":"%s","name":"Web %s","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"UTC","currency":"%s"}"""
                .formatted(code, code, currency));
        assertEquals(201, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
    }

    private static void report(String code, String key, LocalDate date, String revenue, String loss, int count) {
        HttpResponse<String> response = Http.send("PUT", chain.hqApi().resolve("branches/" + code + "/daily-revenue/" + date),
                bearer(key), "{\"revenue\":%s,\"loss\":%s,\"transactionCount\":%d}".formatted(revenue, loss, count));
        assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
    }

    /** Waits for a condition; an ajax update may replace elements while it is checked. */
    private static WebDriverWait waiting() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String hq(String path) {
        return chain.hq.baseUri() + "/hq/" + path;
    }

    private static List<String> texts(String cssSelector) {
        return browser.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    private static void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(hq(""));
        waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }

    @Test
    void aManagerSeesTheDashboardFiltersTheTableToOneBranchAndExportsCsv() {
        signIn("hq-manager", "demo-manager-pw");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chainChart canvas")));
        Object lastPoint = ((JavascriptExecutor) browser).executeScript(
                "var w = PrimeFaces.widgets['widget_chainChart'];"
                        + " var c = (w && w.chart) || (window.Chart && Chart.getChart('chainChart_canvas'));"
                        + " if (!c) return 'no chart';"
                        + " var labels = c.data.labels, last = function (label) {"
                        + "   var series = c.data.datasets.find(function (d) { return d.label === label; });"
                        + "   return series ? series.data[series.data.length - 1] : 'none'; };"
                        + " return labels.length + ' ' + labels[labels.length - 1] + ' ' + last('Revenue USD') + ' ' + last('Revenue EUR')"
                        + "   + ' ' + c.data.datasets.length;");
        assertEquals("30 " + YESTERDAY + " 3000.75 500 4", String.valueOf(lastPoint), "the chart's last day, a series pair per currency");
        assertTrue(browser.findElement(By.id("completeDate")).getText().contains(String.valueOf(YESTERDAY.getYear())));
        // Yesterday: WEB-1 1,000.25 + WEB-2 2,000.50 in USD (and nothing else reported then in this suite); WEB-EUR apart.
        assertEquals(List.of("EUR", "USD"), texts("[id$=':completeCurrency']"), "a totals group per currency");
        assertEquals(List.of("500.00", "3,000.75"), texts("[id$=':completeRevenue']"));
        assertEquals(List.of("5.00", "10.50"), texts("[id$=':completeLoss']"));
        assertEquals(0, browser.findElements(By.id("menu:branches")).size(), "managers see no admin pages");

        browser.findElement(By.id("menu:dailyRevenue")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("table:rows")));
        assertEquals(0, browser.findElements(By.cssSelector("[id='table:rows'] .ui-column-filter")).size(),
                "the date range and branch above filter the table; no column filter boxes that do nothing");
        assertEquals(List.of("EUR", "USD"), texts("#table\\:rows\\:totalCurrency div"), "a totals line per currency");
        assertEquals("1,500.00", texts("#table\\:rows\\:totalRevenue div").get(0), "WEB-EUR's three days, in EUR only");
        ((JavascriptExecutor) browser).executeScript("PF('branchMenu').selectValue('WEB-1')");
        browser.findElement(By.id("filters:apply")).click();
        waiting().until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("#table\\:rows_data tr"));
            return rows.size() == 3 && rows.stream().allMatch(row -> row.getText().contains("WEB-1"));
        });
        assertEquals("3,000.75", browser.findElement(By.id("table:rows:totalRevenue")).getText());

        String csvLink = browser.findElement(By.id("csv")).getAttribute("href");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        // As the browser downloads it: HTTP/1.1, no h2c upgrade (with one, Payara drops a servlet's Content-Type).
        HttpResponse<String> csv = Http.send(HttpRequest.newBuilder(URI.create(csvLink)).version(HttpClient.Version.HTTP_1_1)
                .header("Cookie", "JSESSIONID=" + session));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(4, lines.size(), csv.body());
        assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("WEB-1,Web WEB-1,") && line.contains(",1000.25,10.00,10,1,")
                        && line.endsWith(",USD")), csv.body());
    }

    @Test
    void anExpiredSessionShowsTheSignInInsteadOfANewFilterOverOldFiguresAndComesBack() {
        signIn("hq-manager", "demo-manager-pw");
        browser.get(hq("reports/daily-revenue.xhtml"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("table:rows")));
        String csvLink = browser.findElement(By.id("csv")).getAttribute("href");
        ((JavascriptExecutor) browser).executeScript("PF('branchMenu').selectValue('WEB-2')");

        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("filters:apply")).click();
        waiting().until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys("hq-manager");
        browser.findElement(By.id("login:password")).sendKeys("demo-manager-pw");
        browser.findElement(By.id("login:signIn")).click();
        waiting().until(ExpectedConditions.urlContains("/reports/daily-revenue.xhtml"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("table:rows")));

        // An export with an expired session: the sign-in page, not a file.
        HttpResponse<String> csv = Http.send(HttpRequest.newBuilder(URI.create(csvLink)).version(HttpClient.Version.HTTP_1_1)
                .header("Cookie", "JSESSIONID=expired"));
        assertEquals(302, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Location").orElse("").contains("/login.xhtml?continue="), csv.headers().map().toString());
    }

    @Test
    void aManagerSeesOneBranchAndTheMissingReports() {
        signIn("hq-manager", "demo-manager-pw");
        browser.get(hq("reports/branch.xhtml?code=WEB-2"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#branchChart canvas")));
        assertEquals("6,001.50", browser.findElement(By.id("periodRevenue")).getText());
        assertEquals("1.50", browser.findElement(By.id("periodLoss")).getText());
        assertEquals("USD", browser.findElement(By.id("periodCurrency")).getText());
        assertEquals(3, browser.findElements(By.cssSelector("#historyForm\\:history_data tr")).size());

        browser.get(hq("reports/missing.xhtml"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("missing")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Missing reports"));

        browser.get(hq("reports/branch.xhtml?code=NO-SUCH"));
        assertTrue(browser.getTitle().contains("Page not found"), browser.getTitle());
        browser.get(hq("admin/branches.xhtml"));
        assertEquals(0, browser.findElements(By.id("register:code")).size(), "a manager may not open the admin pages");
    }

    @Test
    void anAdminRegistersABranchAndSeesItsKeyOnce() {
        signIn("hq-admin", "demo-admin-pw");
        browser.findElement(By.id("menu:branches")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register:code")));
        browser.findElement(By.id("register:code")).sendKeys("WEB-NEW");
        browser.findElement(By.id("register:name")).sendKeys("Harbour shop");
        browser.findElement(By.id("register:location")).sendKeys("Harbour 3");
        browser.findElement(By.id("register:url")).sendKeys("http://localhost:1/branch/");
        // The time zone as a keyboard user picks it: the first letters of the place.
        browser.findElement(By.id("register:timeZone")).sendKeys("Berlin");
        assertTrue(new Select(browser.findElement(By.id("register:timeZone"))).getFirstSelectedOption().getText().startsWith("Berlin"));
        browser.findElement(By.id("register:registerButton")).click();
        WebElement key = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedKey")));
        String apiKey = key.getAttribute("value");
        assertEquals(43, apiKey.length(), apiKey);
        assertTrue(browser.findElement(By.id("copyKey")).isDisplayed());
        assertEquals(200, Http.get(chain.hqApi().resolve("branches/WEB-NEW"), bearer(apiKey)).statusCode(), "the shown key works");

        browser.navigate().refresh();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:branches")));
        assertTrue(browser.findElement(By.id("list:branches")).getText().contains("WEB-NEW"));
        assertEquals(0, browser.findElements(By.id("issuedKey")).size(), "the key is shown only once");
        assertTrue(!browser.getPageSource().contains(apiKey));
        assertTrue(Http.get(chain.hqApi().resolve("branches/WEB-NEW"), ADMIN).body().contains("\"timeZone\":\"Europe/Berlin\""),
                "registered in the zone that was shown");

        WebElement row = waiting().until(driver -> driver.findElements(By.cssSelector("#list\\:branches_data tr")).stream()
                .filter(r -> r.getText().startsWith("WEB-NEW")).findFirst().orElse(null));
        assertTrue(row.getText().contains("Europe/Berlin"), row.getText());
        row.findElement(By.cssSelector("button[id$=':edit']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("register:save")));
        Select zone = new Select(browser.findElement(By.id("register:timeZone")));
        assertEquals("Europe/Berlin", zone.getFirstSelectedOption().getAttribute("value"), "the edit form shows the saved zone");
        browser.findElement(By.id("register:timeZone")).sendKeys("Tokyo");
        assertEquals("Asia/Tokyo", zone.getFirstSelectedOption().getAttribute("value"));
        browser.findElement(By.id("register:save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:branches"), "Asia/Tokyo"));
        assertTrue(Http.get(chain.hqApi().resolve("branches/WEB-NEW"), ADMIN).body().contains("\"timeZone\":\"Asia/Tokyo\""));
    }

    @Test
    void aBadRegistrationShowsTheErrorBesideTheField() {
        signIn("hq-admin", "demo-admin-pw");
        browser.get(hq("admin/branches.xhtml"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register:code")));
        browser.findElement(By.id("register:code")).sendKeys("bad code");
        browser.findElement(By.id("register:name")).sendKeys("X");
        browser.findElement(By.id("register:location")).sendKeys("Y");
        browser.findElement(By.id("register:url")).sendKeys("not-a-url");
        browser.findElement(By.id("register:registerButton")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#register .ui-message-error")));
        String page = browser.findElement(By.id("register")).getText();
        assertTrue(page.contains("2 to 16 of A-Z, 0-9 and -."), page);
        assertTrue(page.contains("An http:// or https:// address."), page);
        assertEquals(0, browser.findElements(By.id("issuedKey")).size());
    }

    @Test
    void anAdminCreatesAndDisablesAUserAndCannotDisableTheLastAdmin() {
        signIn("hq-admin", "demo-admin-pw");
        browser.findElement(By.id("menu:users")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("create:username")));
        browser.findElement(By.id("create:username")).sendKeys("anna.k");
        browser.findElement(By.id("create:displayName")).sendKeys("Anna K");
        browser.findElement(By.id("create:password")).sendKeys("too-short");
        browser.findElement(By.id("create:createButton")).click();
        var error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#create .ui-message-error")));
        assertTrue(error.getText().contains("12 to 128 characters"), error.getText());

        browser.findElement(By.id("create:password")).clear();
        browser.findElement(By.id("create:password")).sendKeys("password1234");
        browser.findElement(By.id("create:createButton")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#create .ui-message-error"), "too easy to guess"));

        browser.findElement(By.id("create:password")).clear();
        browser.findElement(By.id("create:password")).sendKeys("tulip harbor quiet 58");
        browser.findElement(By.id("create:createButton")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:users"), "anna.k"));
        String chosenByAdmin = basic("anna.k", "tulip harbor quiet 58");
        assertEquals(403, Http.get(chain.hqApi().resolve("branches"), chosenByAdmin).statusCode(), "she must choose her own password first");
        assertEquals(204, Http.send("PUT", chain.hqApi().resolve("me/password"), chosenByAdmin,
                "{\"currentPassword\":\"tulip harbor quiet 58\",\"newPassword\":\"violet canyon drum 31\"}").statusCode());
        String anna = basic("anna.k", "violet canyon drum 31");
        assertEquals(200, Http.get(chain.hqApi().resolve("branches"), anna).statusCode(), "a new manager may list branches");

        WebElement row = waiting().until(driver -> driver.findElements(By.cssSelector("#list\\:users_data tr")).stream()
                .filter(r -> r.getText().contains("anna.k")).findFirst().orElse(null));
        row.findElement(By.cssSelector("button[id$=':disable']")).click();
        waiting().until(driver -> driver.findElements(By.cssSelector("#list\\:users_data tr")).stream()
                .anyMatch(r -> r.getText().contains("anna.k") && r.getText().contains("disabled")));
        assertEquals(401, Http.get(chain.hqApi().resolve("branches"), anna).statusCode(), "disabled at once, cached or not");

        WebElement admin = waiting().until(driver -> driver.findElements(By.cssSelector("#list\\:users_data tr")).stream()
                .filter(r -> r.getText().startsWith("hq-admin")).findFirst().orElse(null));
        admin.findElement(By.cssSelector("button[id$=':disable']")).click();
        var refusal = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .message-error")));
        assertTrue(refusal.getText().contains("no enabled account with the role hq-admin"), refusal.getText());
        assertEquals(200, Http.get(chain.hqApi().resolve("branches"), ADMIN).statusCode(), "the admin still works");
    }
}
