package com.clothingchain.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.clothingchain.system.Http.assertProblem;
import static com.clothingchain.system.Http.basic;
import static com.clothingchain.system.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's tills over HTTP against the real EAR: tenders, effective-dated tax rates and a branch's till settings, how they
 * reach the branch's profile, and every refusal naming its field with HQ's database unchanged.
 */
class HqTillsIT {

    static final String ADMIN = basic("hq-admin", "demo-admin-pw");
    static final String MANAGER = basic("hq-manager", "demo-manager-pw");
    static final String MERCHANDISER = basic("hq-merchandiser", "demo-merchandiser-pw");
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    private static URI api(String path) {
        return chain.hqApi().resolve(path);
    }

    private static String register(String code) {
        HttpResponse<String> response = Http.send("POST", api("branches"), ADMIN, """
                {"code":"%s","name":"Till %s","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"UTC"}"""
                .formatted(code, code));
        assertEquals(201, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> rate(String jurisdiction, String category, Object from, String rate) {
        return Http.send("POST", api("tax-rates"), ADMIN, """
                {"jurisdiction":"%s","category":"%s","from":"%s","rate":%s}""".formatted(jurisdiction, category, from, rate));
    }

    private static HttpResponse<String> till(String code, String body) {
        return Http.send("PUT", api("branches/" + code + "/till-settings"), ADMIN, body);
    }

    @Test
    void tillSettingsAndTaxRatesReachTheBranchsProfile() {
        String key = register("TILL-1");
        LocalDate later = TODAY.plusDays(30);
        assertEquals(201, rate("IT-VAT", "STANDARD", "2020-01-01", "20").statusCode());
        assertEquals(201, rate("IT-VAT", "REDUCED", "2020-01-01", "5.00").statusCode());
        HttpResponse<String> scheduled = rate("it-vat", "standard", later, "21.5");
        assertEquals(201, scheduled.statusCode(), scheduled.body());
        assertTrue(scheduled.body().contains("\"jurisdiction\":\"IT-VAT\"") && scheduled.body().contains("\"rate\":21.50"),
                "codes kept in upper case, the rate with two decimals: " + scheduled.body());
        assertEquals(201, rate("IT-SALES", "STANDARD", "2020-01-01", "8.875").statusCode());

        HttpResponse<String> set = till("TILL-1", "{\"jurisdiction\":\"IT-VAT\",\"taxMode\":\"EXCLUSIVE\",\"cashRounding\":0.05}");
        assertEquals(200, set.statusCode(), set.body());
        JsonObject stored = Http.json(set.body()).asJsonObject();
        assertEquals("IT-VAT", stored.getString("jurisdiction"), set.body());
        assertEquals("EXCLUSIVE", stored.getString("taxMode"), set.body());
        assertEquals("0.05", stored.getJsonNumber("cashRounding").bigDecimalValue().toPlainString(), set.body());

        HttpResponse<String> profile = Http.get(api("branches/TILL-1"), bearer(key));
        assertEquals(200, profile.statusCode(), profile.body());
        JsonObject till = Http.json(profile.body()).asJsonObject().getJsonObject("till");
        assertEquals("IT-VAT", till.getString("jurisdiction"));
        assertEquals("EXCLUSIVE", till.getString("taxMode"));
        assertEquals(new BigDecimal("0.05"), till.getJsonNumber("cashRounding").bigDecimalValue());
        JsonArray rates = till.getJsonArray("taxRates");
        assertEquals(List.of("REDUCED 2020-01-01 5.00", "STANDARD 2020-01-01 20.00", "STANDARD " + later + " 21.50"),
                rates.getValuesAs(JsonObject.class).stream().map(r -> r.getString("category") + " " + r.getString("from")
                        + " " + r.getJsonNumber("rate").bigDecimalValue().toPlainString()).toList(),
                "all of its jurisdiction's rates, by category and date, and no other jurisdiction's");
        List<String> tenders = till.getJsonArray("tenders").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("code") + " " + t.getString("kind") + " " + t.getBoolean("active")).toList();
        assertTrue(tenders.containsAll(List.of("CASH CASH true", "CARD CARD true", "GIFT_CARD VOUCHER true",
                "STORE_CREDIT VOUCHER true")), tenders.toString());

        assertEquals(200, till("TILL-1", "{\"jurisdiction\":\"IT-SALES\",\"taxMode\":\"exclusive\",\"cashRounding\":0.1}").statusCode());
        JsonObject changed = Http.json(Http.get(api("branches/TILL-1"), bearer(key)).body()).asJsonObject().getJsonObject("till");
        assertEquals("8.875", changed.getJsonArray("taxRates").getJsonObject(0).getJsonNumber("rate").bigDecimalValue().toPlainString());
        assertEquals(new BigDecimal("0.10"), changed.getJsonNumber("cashRounding").bigDecimalValue());

        HttpResponse<String> listed = Http.get(api("branches"), MANAGER);
        JsonObject entry = Http.json(listed.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("code").equals("TILL-1")).findFirst().orElseThrow();
        assertEquals("IT-SALES", entry.getString("jurisdiction"));
        assertEquals("EXCLUSIVE", entry.getString("taxMode"));
        assertEquals(new BigDecimal("0.10"), entry.getJsonNumber("cashRounding").bigDecimalValue());

        assertEquals(200, till("TILL-1", "{\"taxMode\":\"INCLUSIVE\",\"cashRounding\":0.01}").statusCode(), "no jurisdiction");
        JsonObject none = Http.json(Http.get(api("branches/TILL-1"), bearer(key)).body()).asJsonObject().getJsonObject("till");
        assertFalse(none.containsKey("jurisdiction") && !none.isNull("jurisdiction"), none.toString());
        assertTrue(none.getJsonArray("taxRates").isEmpty(), none.toString());

        JsonObject aNewBranch = Http.json(Http.get(api("branches/" + TestChain.BRANCH), bearer(chain.branchKey)).body())
                .asJsonObject().getJsonObject("till");
        assertEquals("INCLUSIVE", aNewBranch.getString("taxMode"), "a branch's defaults: " + aNewBranch);
        assertEquals(new BigDecimal("0.01"), aNewBranch.getJsonNumber("cashRounding").bigDecimalValue());
    }

    @Test
    void tendersAreDefinedRenamedDeactivatedAndOnlyActiveOnesReachTheTills() {
        String key = register("TILL-2");
        HttpResponse<String> listed = Http.get(api("tenders"), MANAGER);
        assertEquals(200, listed.statusCode(), listed.body());
        for (String seeded : List.of("{\"active\":true,\"code\":\"CASH\",\"kind\":\"CASH\",\"name\":\"Cash\"}",
                "{\"active\":true,\"code\":\"CARD\",\"kind\":\"CARD\",\"name\":\"Card\"}",
                "{\"active\":true,\"code\":\"GIFT_CARD\",\"kind\":\"VOUCHER\",\"name\":\"Gift card\"}",
                "{\"active\":true,\"code\":\"STORE_CREDIT\",\"kind\":\"VOUCHER\",\"name\":\"Store credit\"}")) {
            assertTrue(Http.json(listed.body()).asJsonArray().stream().anyMatch(t -> sorted(t.asJsonObject()).equals(seeded)),
                    seeded + " in " + listed.body());
        }

        HttpResponse<String> defined = Http.send("POST", api("tenders"), ADMIN, "{\"code\":\"it_mobile\",\"name\":\"Mobile pay\",\"kind\":\"other\"}");
        assertEquals(201, defined.statusCode(), defined.body());
        assertTrue(defined.headers().firstValue("Location").orElse("").endsWith("/tenders/IT_MOBILE"), defined.headers().toString());
        assertTrue(defined.body().contains("\"code\":\"IT_MOBILE\"") && defined.body().contains("\"kind\":\"OTHER\""), defined.body());
        assertTrue(profileTenders(key).contains("IT_MOBILE"));

        HttpResponse<String> renamed = Http.send("PUT", api("tenders/IT_MOBILE"), ADMIN, "{\"name\":\"Phone wallet\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertTrue(renamed.body().contains("\"name\":\"Phone wallet\"") && renamed.body().contains("\"active\":true"), renamed.body());
        assertEquals(200, Http.send("PUT", api("tenders/IT_MOBILE"), ADMIN, "{\"active\":false}").statusCode());
        assertFalse(profileTenders(key).contains("IT_MOBILE"), "an inactive tender is not in the branch's till");
        assertTrue(Http.get(api("tenders"), MANAGER).body().contains("\"active\":false"), "but still listed");
        assertEquals(200, Http.send("PUT", api("tenders/IT_MOBILE"), ADMIN, "{\"active\":true}").statusCode());
        assertTrue(profileTenders(key).contains("IT_MOBILE"));
        assertEquals(200, Http.send("PUT", api("tenders/CASH"), ADMIN, "{\"active\":true,\"name\":\"Cash\"}").statusCode(),
                "CASH may be renamed or confirmed active");

        HttpResponse<String> again = rate("IT-AGAIN", "STANDARD", "2021-01-01", "7");
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(200, rate("IT-AGAIN", "STANDARD", "2021-01-01", "7.00").statusCode(), "the same rate again changes nothing");
        assertEquals(1, Http.json(Http.get(api("tax-rates?jurisdiction=IT-AGAIN"), MANAGER).body()).asJsonArray().size());
    }

    private static String profileTenders(String key) {
        return Http.json(Http.get(api("branches/TILL-2"), bearer(key)).body()).asJsonObject().getJsonObject("till")
                .getJsonArray("tenders").toString();
    }

    private static String sorted(JsonObject object) {
        var builder = jakarta.json.Json.createObjectBuilder();
        new java.util.TreeMap<>(object).forEach(builder::add);
        return builder.build().toString();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        String key = register("TILL-3");
        assertEquals(201, rate("IT-BAD", "STANDARD", "2020-01-01", "10").statusCode());
        assertEquals(200, till("TILL-3", "{\"jurisdiction\":\"IT-BAD\",\"taxMode\":\"INCLUSIVE\",\"cashRounding\":0.01}").statusCode());
        chain.awaitCatalogue();
        Map<String, String> before = SiteDatabase.fingerprint(chain, "hq");

        String good = "{\"jurisdiction\":\"IT-BAD\",\"taxMode\":\"EXCLUSIVE\",\"cashRounding\":0.05}";
        assertProblem(till("TILL-3", good.replace("EXCLUSIVE", "NET")), 400, "taxMode");
        assertProblem(till("TILL-3", good.replace("0.05", "0.02")), 400, "cashRounding");
        assertProblem(till("TILL-3", good.replace("IT-BAD", "bad code!")), 400, "jurisdiction");
        assertProblem(till("TILL-3", good.replace("IT-BAD", "IT-NO-RATES")), 422, "jurisdiction");
        assertProblem(till("TILL-3", "{\"jurisdiction\":\"IT-BAD\",\"cashRounding\":0.05}"), 400, "taxMode");
        assertProblem(till("TILL-3", "{\"jurisdiction\":\"IT-BAD\",\"taxMode\":\"EXCLUSIVE\"}"), 400, "cashRounding");
        assertProblem(till("NO-SUCH", good), 404, "code");
        assertProblem(Http.send("PUT", api("branches/TILL-3/till-settings"), MANAGER, good), 403, null);
        assertProblem(Http.send("PUT", api("branches/TILL-3/till-settings"), bearer(key), good), 403, null);

        assertProblem(rate("IT-BAD", "STANDARD", TODAY.plusDays(5), "100.01"), 400, "rate");
        assertProblem(rate("IT-BAD", "STANDARD", TODAY.plusDays(5), "8.8751"), 400, "rate");
        assertProblem(rate("IT-BAD", "STANDARD", TODAY.plusDays(5), "-1"), 400, "rate");
        assertProblem(rate("IT-BAD", "STANDARD", "tomorrow", "5"), 400, "from");
        assertProblem(rate("IT BAD", "STANDARD", TODAY.plusDays(5), "5"), 400, "jurisdiction");
        assertProblem(rate("IT-BAD", "NOT A CATEGORY", TODAY.plusDays(5), "5"), 400, "category");
        assertProblem(Http.send("POST", api("tax-rates"), ADMIN, "{\"jurisdiction\":\"IT-BAD\",\"from\":\"2030-01-01\",\"rate\":5}"), 400, "category");
        assertProblem(rate("IT-BAD", "STANDARD", "2020-01-01", "11"), 409, "from");
        assertProblem(rate("IT-BAD", "STANDARD", TODAY.minusDays(10), "11"), 422, "from");
        assertProblem(Http.send("POST", api("tax-rates"), MANAGER, "{\"jurisdiction\":\"IT-BAD\",\"category\":\"X\",\"from\":\"2030-01-01\",\"rate\":5}"), 403, null);
        assertProblem(Http.get(api("tax-rates?jurisdiction=not%20a%20code"), MANAGER), 400, "jurisdiction");
        assertProblem(Http.get(api("tax-rates"), MERCHANDISER), 403, null);

        assertProblem(Http.send("POST", api("tenders"), ADMIN, "{\"code\":\"BAD CODE\",\"name\":\"x\",\"kind\":\"OTHER\"}"), 400, "code");
        assertProblem(Http.send("POST", api("tenders"), ADMIN, "{\"code\":\"IT_X\",\"name\":\"x\",\"kind\":\"CRYPTO\"}"), 400, "kind");
        assertProblem(Http.send("POST", api("tenders"), ADMIN, "{\"code\":\"IT_X\",\"kind\":\"OTHER\"}"), 400, "name");
        assertProblem(Http.send("POST", api("tenders"), ADMIN, "{\"code\":\"CASH\",\"name\":\"Cash again\",\"kind\":\"CASH\"}"), 409, "code");
        assertProblem(Http.send("POST", api("tenders"), MANAGER, "{\"code\":\"IT_X\",\"name\":\"x\",\"kind\":\"OTHER\"}"), 403, null);
        assertProblem(Http.send("PUT", api("tenders/CASH"), ADMIN, "{\"active\":false}"), 422, "active");
        assertProblem(Http.send("PUT", api("tenders/CARD"), ADMIN, "{\"name\":\"Cards\",\"active\":false}"), 422, "active");
        assertProblem(Http.send("PUT", api("tenders/GIFT_CARD"), ADMIN, "{\"name\":\"" + "x".repeat(65) + "\"}"), 400, "name");
        assertProblem(Http.send("PUT", api("tenders/NO_SUCH"), ADMIN, "{\"active\":false}"), 404, "code");
        assertProblem(Http.send("PUT", api("tenders/GIFT_CARD"), bearer(key), "{\"active\":false}"), 403, null);

        assertEquals(before, SiteDatabase.fingerprint(chain, "hq"), "HQ's database changed");
        JsonObject till = Http.json(Http.get(api("branches/TILL-3"), bearer(key)).body()).asJsonObject().getJsonObject("till");
        assertEquals("IT-BAD", till.getString("jurisdiction"));
        assertEquals("INCLUSIVE", till.getString("taxMode"));
    }
}
