package com.clothingchain.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import static com.clothingchain.system.SyncBranch.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closed till sessions reach HQ's cash report: two tills closed at B001 with variances go through the outbox
 * ({@code send_till_session}), HQ lists them with their clerk ({@code GET /cash/sessions}), the Cash page's variance per
 * clerk is the sum of the sessions behind it, the sessions export as CSV, and a resend changes nothing.
 */
class TillSessionsIT {

    private static final String HQ_MANAGER = Http.basic("hq-manager", "demo-manager-pw");

    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    private static URI branch(String path) {
        return chain.branchApi().resolve(path);
    }

    private static BigDecimal money(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    @Test
    void closedTillsReachHqPerClerkAndAResendChangesNothing() throws Exception {
        chain.awaitCatalogue();
        LocalDate day = LocalDate.parse(ok(200, Http.get(branch("days/current"), SyncBranch.CLERK)).asJsonObject().getString("businessDate"));

        // 50.00 float + 8.99 cash taken, counted 58.69: 0.30 short
        String shortTill = "S" + (System.nanoTime() % 100_000);
        ok(201, Http.send("POST", branch("tills"), SyncBranch.CLERK, "{\"till\":\"" + shortTill + "\",\"openingFloat\":50.00}"));
        ok(201, Http.send("POST", branch("sales"), SyncBranch.CLERK, """
                {"till":"%s","lines":[{"sku":"SCK-WHT-42","quantity":1}],"payments":[{"tender":"CASH","amount":10}]}""".formatted(shortTill)));
        JsonObject shortZ = ok(200, Http.send("POST", branch("tills/" + shortTill + "/count"), SyncBranch.CLERK,
                "{\"counted\":{\"CASH\":58.69}}")).asJsonObject();
        assertEquals(new BigDecimal("-0.30"), money(shortZ, "cashVariance"));
        int shortNumber = shortZ.getJsonObject("session").getInt("zNumber");
        // 20.00 float, nothing sold, counted 20.20: 0.20 over
        String overTill = "O" + (System.nanoTime() % 100_000);
        ok(201, Http.send("POST", branch("tills"), SyncBranch.CLERK, "{\"till\":\"" + overTill + "\",\"openingFloat\":20.00}"));
        int overNumber = ok(200, Http.send("POST", branch("tills/" + overTill + "/count"), SyncBranch.CLERK,
                "{\"counted\":{\"CASH\":20.20}}")).asJsonObject().getJsonObject("session").getInt("zNumber");

        String query = "cash/sessions?from=" + day + "&to=" + day + "&branch=" + TestChain.BRANCH + "&clerk=clerk&limit=500";
        JsonObject page = awaitAtHq(query, shortNumber, overNumber);
        JsonObject shortAtHq = session(page, shortNumber);
        assertEquals("clerk", shortAtHq.getString("clerk"));
        assertEquals(shortTill, shortAtHq.getString("till"));
        assertEquals(day.toString(), shortAtHq.getString("businessDate"));
        assertEquals(new BigDecimal("-0.30"), money(shortAtHq, "cashVariance"));
        assertEquals(new BigDecimal("50.00"), money(shortAtHq, "openingFloat"));
        JsonObject cash = shortAtHq.getJsonArray("tenders").getJsonObject(0);
        assertEquals("CASH", cash.getString("tender"));
        assertEquals(new BigDecimal("58.99"), money(cash, "expected"));
        assertEquals(new BigDecimal("58.69"), money(cash, "counted"));
        assertEquals(new BigDecimal("0.20"), money(session(page, overNumber), "cashVariance"));
        for (int number : new int[]{shortNumber, overNumber}) {
            SyncBranch.awaitCallSent(chain.branchApi(), "send_till_session", String.valueOf(number));
        }

        // the Cash page's variance per clerk is the sum of the sessions behind it, and the link lists them
        BigDecimal total = BigDecimal.ZERO;
        for (JsonObject s : page.getJsonArray("sessions").getValuesAs(JsonObject.class)) {
            total = total.add(money(s, "cashVariance"));
        }
        assertEquals(page.getInt("total"), page.getJsonArray("sessions").size());
        PageSession manager = PageSession.signIn(Identities.pages(chain, Identities.Site.HQ), "hq-manager", "demo-manager-pw");
        String period = "from=" + day + "&to=" + day + "&branch=" + TestChain.BRANCH;
        String cashPage = manager.get("/reports/cash.xhtml?" + period).body();
        String clerks = cashPage.substring(cashPage.indexOf("id=\"clerks\""), cashPage.indexOf("id=\"sessions\""));
        String signed = new DecimalFormat("+#,##0.00;-#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(total);
        assertTrue(clerks.contains(">clerk<") && clerks.contains(signed), "clerk's total " + signed + " on the page: " + clerks);
        assertTrue(clerks.contains("clerk=clerk"), "a link to the clerk's sessions: " + clerks);
        String ofClerk = manager.get("/reports/cash.xhtml?" + period + "&clerk=clerk").body();
        assertTrue(ofClerk.contains(shortTill) && ofClerk.contains(overTill), "the sessions behind the row listed");
        String csv = manager.get("/reports/cash-export?part=sessions&" + period + "&clerk=clerk").body();
        String[] lines = csv.split("\r\n");
        assertEquals(page.getInt("total") + 1, lines.length, csv);
        assertTrue(csv.contains(TestChain.BRANCH + ",") && csv.contains("," + shortNumber + "," + shortTill + ",clerk,"), csv);

        // the branch's outbox may send a session again: the same changes nothing, other content under its number is refused
        var resent = Json.createObjectBuilder(shortAtHq).remove("branchCode").remove("currency").remove("cashVariance")
                .remove("receivedAt").build();
        URI put = chain.hqApi().resolve("branches/" + TestChain.BRANCH + "/till-sessions/" + shortNumber);
        JsonObject again = ok(200, Http.send("PUT", put, Http.bearer(chain.branchKey), resent.toString())).asJsonObject();
        assertEquals("UNCHANGED", again.getString("outcome"));
        var changed = Json.createObjectBuilder(resent).add("clerk", "someone-else").build();
        Http.assertProblem(Http.send("PUT", put, Http.bearer(chain.branchKey), changed.toString()), 409, "zNumber");
        assertEquals(page, ok(200, Http.get(chain.hqApi().resolve(query), HQ_MANAGER)).asJsonObject(), "HQ holds the same");
    }

    private static JsonObject session(JsonObject page, int zNumber) {
        return page.getJsonArray("sessions").getValuesAs(JsonObject.class).stream().filter(s -> s.getInt("zNumber") == zNumber)
                .findFirst().orElseThrow(() -> new AssertionError("Z " + zNumber + " not at HQ: " + page));
    }

    private static JsonObject awaitAtHq(String query, int... numbers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject page = ok(200, Http.get(chain.hqApi().resolve(query), HQ_MANAGER)).asJsonObject();
            JsonArray sessions = page.getJsonArray("sessions");
            boolean all = true;
            for (int number : numbers) {
                all &= sessions.getValuesAs(JsonObject.class).stream().anyMatch(s -> s.getInt("zNumber") == number);
            }
            if (all) {
                return page;
            }
            assertTrue(System.nanoTime() < deadline, "not at HQ within a minute: " + page);
            Thread.sleep(250);
        }
    }
}
