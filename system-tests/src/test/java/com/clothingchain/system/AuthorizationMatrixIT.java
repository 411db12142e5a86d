package com.clothingchain.system;

import com.clothingchain.system.Identities.Identity;
import com.clothingchain.system.Identities.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page and every API endpoint of both sites, called by every kind of caller, against the status each must
 * get. README ("Security") shows the same table. An allowed call is made so that it is refused for its input (a
 * missing field, an unknown code) and changes nothing; what matters here is that it got past authorization.
 * <p>
 * Callers, in the columns' order: anonymous; the branch's clerk and manager (Basic on the API, a signed-in session
 * on the pages); HQ's hq-manager and hq-admin (likewise); the branch's key and another branch's key (Bearer); a
 * disabled user's live session cookie; a disabled user's Basic credentials that the server had cached; a live
 * session cookie of an enabled manager or admin sent to the API without an Authorization header (a cross-site form
 * or a stale tab): the API takes only the header.
 * Pages answer 302 (to the sign-in page), 200 or 403; the APIs 401, 403, or the refusal of the input (400, 404,
 * 409, 422) once the caller was let through. A disabled user's credentials fail like a wrong password, so after a
 * few calls they are throttled: 401 or 429 (REFUSED).
 */
class AuthorizationMatrixIT {

    /**
     * Refused as not signed in: 401, or 429 once the credentials failed often enough to be throttled (a disabled
     * account's password fails like a wrong one).
     */
    private static final int REFUSED = -401;

    /** A page's 302 to HQ's catalogue: where the dashboard sends a merchandiser, who sees no reports. */
    private static final int CATALOGUE = -302;

    record Row(String method, Site site, boolean page, String path, String body, int[] expected) {
    }

    private static TestChain chain;
    private static Identities identities;

    @BeforeAll
    static void prepare() {
        chain = TestChain.get();
        identities = Identities.get();
    }

    //  anonymous, clerk, manager, hq-manager, hq-admin, hq-merchandiser, branch key, other key, disabled session, disabled Basic, cookie only
    static final List<Row> MATRIX = List.of(
            api("GET", Site.BRANCH, "me", null, 401, 200, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("PUT", Site.BRANCH, "me/password", "{\"currentPassword\":\"x\",\"newPassword\":\"short\"}", 401, 400, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "users", null, 401, 403, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "users", "{}", 401, 403, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("PUT", Site.BRANCH, "users/nobody-here", "{}", 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("PUT", Site.BRANCH, "users/nobody-here/password", "{\"password\":\"x\"}", 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "products", null, 401, 200, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "products/NO-SUCH-SKU", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "products/by-barcode/2000000000008", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "catalogue", null, 401, 200, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "products", "{}", 401, 403, 403, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("PUT", Site.BRANCH, "products/NO-SUCH-SKU", "{}", 401, 403, 403, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "sales", "{\"lines\":[]}", 401, 400, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "sales/19990101-0001", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "returns", "{\"receiptNumber\":\"19990101-0001\",\"lines\":[{\"sku\":\"X\",\"quantity\":1}]}", 401, 422, 422, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "losses", "{}", 401, 400, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "days/current", null, 401, 200, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "days/1999-01-01", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "days/1999-01-01/close", null, 401, 403, 409, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "service-calls", null, 401, 403, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "service-calls/999999/requeue", null, 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "exchanges", "{}", 401, 400, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "store-credits/SC-NOSUCH22", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "stock", null, 401, 403, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "stock/NO-SUCH-SKU", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "stock/NO-SUCH-SKU/movements", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "stock/NO-SUCH-SKU/count", "{}", 401, 403, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "stock-counts", null, 401, 200, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "stock-counts", "{}", 401, 403, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "stock-counts/999999", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "stock-counts/999999/lines", "{\"sku\":\"TSH-RED-M\"}", 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("PUT", Site.BRANCH, "stock-counts/999999/lines/TSH-RED-M", "{}", 401, 400, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "stock-counts/999999/variances", null, 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "stock-counts/999999/post", "{}", 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "stock-counts/999999/cancel", null, 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "deliveries", null, 401, 200, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "deliveries/999999", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "deliveries/999999/receipt", "{}", 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "deliveries/pull", null, 401, 200, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "transfers", null, 401, 403, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "transfers", "{}", 401, 403, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "transfers/999999/cancel", null, 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "transfer-requests", null, 401, 403, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "transfer-requests", "{}", 401, 403, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "transfer-requests/999999/decline", "{}", 401, 403, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "days/1999-01-01/variant-figures", null, 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "tills", null, 401, 200, 200, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "tills", "{}", 401, 400, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "tills/NO-TILL/movements", "{}", 401, 403, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "tills/NO-TILL/x-report", null, 401, 403, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "tills/NO-TILL/count", "{}", 401, 400, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("GET", Site.BRANCH, "tills/sessions/999999", null, 401, 404, 404, 401, 401, 401, 401, 401, 401, REFUSED, 401),
            api("POST", Site.BRANCH, "tills/sessions/999999/approval", "{}", 401, 403, 400, 401, 401, 401, 401, 401, 401, REFUSED, 401),

            api("GET", Site.HQ, "branches", null, 401, 401, 401, 200, 200, 403, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "branches", "{}", 401, 401, 401, 403, 400, 403, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "branches/" + TestChain.BRANCH, null, 401, 401, 401, 200, 200, 403, 200, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/NO-SUCH", "{}", 401, 401, 401, 403, 400, 403, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/NO-SUCH/price-group", "{}", 401, 401, 401, 403, 404, 403, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "branches/NO-SUCH/api-key", null, 401, 401, 401, 403, 404, 403, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/" + TestChain.BRANCH + "/daily-revenue/1999-01-01", "{}", 401, 401, 401, 403, 403, 403, 400, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "daily-revenue", null, 401, 401, 401, 400, 400, 403, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/" + TestChain.BRANCH + "/variant-figures/1999-01-01", "{}", 401, 401, 401, 403, 403, 403, 400, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "sales-by-variant", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "stock", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "merchandise/styles", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "merchandise/rankings?by=colour", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "merchandise/size-curve", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "merchandise/shrink", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "deliveries", "{}", 401, 401, 401, 403, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "deliveries", null, 401, 401, 401, 200, 200, 200, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "deliveries/999999", null, 401, 401, 401, 404, 404, 404, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "branches/" + TestChain.BRANCH + "/deliveries", null, 401, 401, 401, 403, 403, 403, 200, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/" + TestChain.BRANCH + "/deliveries/999999/receipt", "{}", 401, 401, 401, 403, 403, 403, 404, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/" + TestChain.BRANCH + "/transfers/1", "{}", 401, 401, 401, 403, 403, 403, 400, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/" + TestChain.BRANCH + "/transfer-requests/1", "{}", 401, 401, 401, 403, 403, 403, 400, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "branches/" + TestChain.BRANCH + "/transfer-requests", null, 401, 401, 401, 403, 403, 403, 200, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "branches/" + TestChain.BRANCH + "/transfer-requests/999999", null, 401, 401, 401, 403, 403, 403, 404, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/" + TestChain.BRANCH + "/transfer-request-answers/999999", "{}", 401, 401, 401, 403, 403, 403, 404, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "transfer-requests", null, 401, 401, 401, 200, 200, 200, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "variant-figures/checks", null, 401, 401, 401, 400, 400, 403, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/" + TestChain.BRANCH + "/till-sessions/1", "{}", 401, 401, 401, 403, 403, 403, 422, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "cash/sessions", null, 401, 401, 401, 400, 400, 403, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "me", null, 401, 401, 401, 200, 200, 200, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "me/password", "{\"currentPassword\":\"x\",\"newPassword\":\"short\"}", 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "audit", null, 401, 401, 401, 403, 200, 403, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "users", null, 401, 401, 401, 403, 200, 403, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "users", "{}", 401, 401, 401, 403, 400, 403, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "users/nobody-here", "{}", 401, 401, 401, 403, 404, 403, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "users/nobody-here/password", "{\"password\":\"x\"}", 401, 401, 401, 403, 404, 403, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "catalogue/version", null, 401, 401, 401, 200, 200, 200, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "catalogue/size-scales", null, 401, 401, 401, 200, 200, 200, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "catalogue/size-scales", "{}", 401, 401, 401, 403, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "catalogue/categories", null, 401, 401, 401, 200, 200, 200, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "catalogue/categories", "{}", 401, 401, 401, 403, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "catalogue/styles?q=NO-SUCH&limit=0", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "catalogue/prices?q=NO-SUCH&limit=0", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "catalogue/styles/NO-SUCH", null, 401, 401, 401, 404, 404, 404, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "catalogue/styles/NO-SUCH", "{}", 401, 401, 401, 403, 400, 400, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "catalogue/imports", "{}", 401, 401, 401, 403, 415, 415, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "catalogue/variants/NO-SUCH", null, 401, 401, 401, 404, 404, 404, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "catalogue/variants/NO-SUCH/prices", "{}", 401, 401, 401, 403, 422, 422, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "catalogue/export?format=pdf", null, 401, 401, 401, 400, 400, 400, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "branches/" + TestChain.BRANCH + "/catalogue?since=0&limit=1", null, 401, 401, 401, 403, 403, 403, 200, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "branches/NO-SUCH/till-settings", "{}", 401, 401, 401, 403, 404, 403, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "tenders", null, 401, 401, 401, 200, 200, 403, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "tenders", "{}", 401, 401, 401, 403, 400, 403, 403, 403, 401, REFUSED, 401),
            api("PUT", Site.HQ, "tenders/NO-SUCH", "{}", 401, 401, 401, 403, 404, 403, 403, 403, 401, REFUSED, 401),
            api("GET", Site.HQ, "tax-rates", null, 401, 401, 401, 200, 200, 403, 403, 403, 401, REFUSED, 401),
            api("POST", Site.HQ, "tax-rates", "{}", 401, 401, 401, 403, 400, 403, 403, 403, 401, REFUSED, 401),

            page(Site.BRANCH, "/", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/index.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/sales/new.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/sales/receipt.xhtml?number=19990101-0001", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/returns/new.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/losses/new.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/tills/index.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/tills/report.xhtml?id=999999", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/products/index.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/stock/index.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/goods/index.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/goods/receive.xhtml?number=999999", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/manage/transfers.xhtml", 302, 403, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/counts/index.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/account/password.xhtml", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/products/product.xhtml?sku=TSH-RED-M", 302, 200, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/manage/users.xhtml", 302, 403, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/manage/audit.xhtml", 302, 403, 200, 302, 302, 302, 302, 302, 302, 302, 200),
            page(Site.BRANCH, "/login.xhtml", 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),

            page(Site.HQ, "/", 302, 302, 302, 200, 200, CATALOGUE, 302, 302, 302, 302, 200),
            page(Site.HQ, "/index.xhtml", 302, 302, 302, 200, 200, CATALOGUE, 302, 302, 302, 302, 200),
            page(Site.HQ, "/reports/daily-revenue.xhtml", 302, 302, 302, 200, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/reports/branch.xhtml?code=" + TestChain.BRANCH, 302, 302, 302, 200, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/reports/missing.xhtml", 302, 302, 302, 200, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/reports/daily-revenue-export?from=2026-01-01&to=2026-01-31&format=csv", 302, 302, 302, 200, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/reports/cash.xhtml", 302, 302, 302, 200, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/reports/cash-export?from=2026-01-01&to=2026-01-31", 302, 302, 302, 200, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/reports/cash-export?part=sessions&from=2026-01-01&to=2026-01-31", 302, 302, 302, 200, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/catalogue/index.xhtml", 302, 302, 302, 200, 200, 200, 302, 302, 302, 302, 200),
            page(Site.HQ, "/catalogue/style.xhtml?code=NO-SUCH", 302, 302, 302, 200, 200, 200, 302, 302, 302, 302, 200),
            page(Site.HQ, "/catalogue/prices.xhtml", 302, 302, 302, 200, 200, 200, 302, 302, 302, 302, 200),
            page(Site.HQ, "/catalogue/deliveries.xhtml", 302, 302, 302, 200, 200, 200, 302, 302, 302, 302, 200),
            page(Site.HQ, "/catalogue/sellers.xhtml", 302, 302, 302, 200, 200, 200, 302, 302, 302, 302, 200),
            page(Site.HQ, "/catalogue/sellers-export?from=2026-01-01&to=2026-01-31&by=size&format=xlsx", 302, 302, 302, 200, 200, 200, 302, 302, 302, 302, 200),
            page(Site.HQ, "/account/password.xhtml", 302, 302, 302, 200, 200, 200, 302, 302, 302, 302, 200),
            page(Site.HQ, "/admin/branches.xhtml", 302, 302, 302, 403, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/admin/users.xhtml", 302, 302, 302, 403, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/admin/tills.xhtml", 302, 302, 302, 403, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/admin/audit.xhtml", 302, 302, 302, 403, 200, 403, 302, 302, 302, 302, 200),
            page(Site.HQ, "/login.xhtml", 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200));

    private static Row api(String method, Site site, String path, String body, int... expected) {
        return new Row(method, site, false, path, body, expected);
    }

    private static Row page(Site site, String path, int... expected) {
        return new Row("GET", site, true, path, null, expected);
    }

    @Test
    void everyCallerGetsExactlyWhatItsRoleAllowsOnEveryPageAndEndpoint() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : MATRIX) {
            assertEquals(identities.all.size(), row.expected().length, row.path());
            for (int i = 0; i < identities.all.size(); i++) {
                Identity caller = identities.all.get(i);
                HttpResponse<String> answer = call(row, caller);
                calls++;
                String problem = check(row, caller, row.expected()[i], answer);
                if (problem != null) {
                    wrong.add(problem);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls + " calls answered otherwise:\n" + String.join("\n", wrong));
        assertTrue(calls >= 500, "the matrix has " + calls + " calls");
    }

    private static HttpResponse<String> call(Row row, Identity caller) {
        // Every caller sends all it has: pages must ignore the Authorization header, the APIs the cookie.
        String authorization = caller.authorizationAt(row.site());
        String cookie = caller.cookieAt(row.site());
        URI uri = row.page() ? URI.create(Identities.pages(chain, row.site()) + row.path())
                : Identities.api(chain, row.site()).resolve(row.path());
        return Http.call(row.method(), uri, authorization, cookie, row.body(), caller.address());
    }

    /** What is wrong with the answer, or null. */
    private static String check(Row row, Identity caller, int expected, HttpResponse<String> answer) {
        String call = row.method() + " " + (row.page() ? row.site().name().toLowerCase() + " page " : row.site().name().toLowerCase()
                + " API ") + row.path() + " as " + caller.name();
        int status = expected == CATALOGUE ? 302 : expected;
        if (expected == REFUSED ? answer.statusCode() != 401 && answer.statusCode() != 429 : answer.statusCode() != status) {
            return call + ": " + answer.statusCode() + " instead of " + expected + " " + abbreviated(answer.body());
        }
        if (row.page()) {
            if (expected == CATALOGUE && !answer.headers().firstValue("Location").orElse("").contains("/catalogue/index.xhtml")) {
                return call + ": redirected to " + answer.headers().firstValue("Location").orElse("nowhere") + ", not the catalogue";
            }
            if (expected == 302 && !answer.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
                return call + ": redirected to " + answer.headers().firstValue("Location").orElse("nowhere");
            }
            return null;
        }
        if ((expected >= 400 || expected == REFUSED) && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return call + ": not a problem detail but " + answer.headers().firstValue("Content-Type").orElse("no type");
        }
        String challenge = answer.headers().firstValue("WWW-Authenticate").orElse("");
        boolean sentBasic = String.valueOf(caller.authorizationAt(row.site())).startsWith("Basic ");
        if (challenge.startsWith("Basic") && !sentBasic) {
            return call + ": a Basic challenge to a client that did not send Basic (a browser would prompt)";
        }
        return null;
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
