package com.clothingchain.system;

import com.clothingchain.system.runtime.HqClient;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The callers of the authorization matrix, prepared once per test JVM on the {@link TestChain}: what each sends to
 * each site's API ({@code Authorization}) and pages (a session cookie). The disabled users were signed in on the
 * pages and through the API (so their password is cached) before an administrator disabled them.
 */
final class Identities {

    enum Site { BRANCH, HQ }

    /**
     * {@code address}: where the caller says it comes from (X-Forwarded-For, which the test chain trusts from this
     * machine), or null: this machine. A caller whose password fails on every call is throttled there, not here.
     */
    record Identity(String name, Map<Site, String> authorization, Map<Site, String> cookie, String address) {

        Identity(String name, Map<Site, String> authorization, Map<Site, String> cookie) {
            this(name, authorization, cookie, null);
        }

        String authorizationAt(Site site) {
            return authorization.get(site);
        }

        String cookieAt(Site site) {
            return cookie.get(site);
        }
    }

    static final String OTHER_BRANCH = "SEC-OTHER";
    private static final String FIRST_PASSWORD = "amber tractor violin 47";
    private static final String OWN_PASSWORD = "copper lantern meadow 82";

    private static Identities instance;

    final List<Identity> all;

    private Identities(List<Identity> all) {
        this.all = all;
    }

    static synchronized Identities get() {
        if (instance == null) {
            instance = prepare(TestChain.get());
        }
        return instance;
    }

    static URI pages(TestChain chain, Site site) {
        return site == Site.BRANCH ? URI.create(chain.branch.baseUri() + "/branch") : URI.create(chain.hq.baseUri() + "/hq");
    }

    static URI api(TestChain chain, Site site) {
        return site == Site.BRANCH ? chain.branchApi() : chain.hqApi();
    }

    private static Identities prepare(TestChain chain) {
        String clerk = Http.basic("clerk", "demo-clerk-pw");
        String manager = Http.basic("manager", "demo-manager-pw");
        String hqManager = Http.basic("hq-manager", "demo-manager-pw");
        String hqAdmin = Http.basic("hq-admin", "demo-admin-pw");
        String otherKey;
        try {
            otherKey = new HqClient(chain.hq.baseUri(), "hq-admin", "demo-admin-pw").registerOrRotate(OTHER_BRANCH,
                    "Another branch", "Elsewhere 2", URI.create("http://localhost:1/branch/"), TestChain.BRANCH_TIME_ZONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String managerCookie = PageSession.signIn(pages(chain, Site.BRANCH), "manager", "demo-manager-pw").cookie();
        String adminCookie = PageSession.signIn(pages(chain, Site.HQ), "hq-admin", "demo-admin-pw").cookie();
        Map<Site, String> gone = new EnumMap<>(Site.class);
        Map<Site, String> goneCookie = new EnumMap<>(Site.class);
        disabledUser(chain, Site.BRANCH, "sec-gone", "clerk", manager, gone, goneCookie);
        disabledUser(chain, Site.HQ, "sec-gone-hq", "hq-manager", hqAdmin, gone, goneCookie);
        return new Identities(List.of(
                new Identity("anonymous", Map.of(), Map.of()),
                new Identity("clerk", Map.of(Site.BRANCH, clerk),
                        Map.of(Site.BRANCH, PageSession.signIn(pages(chain, Site.BRANCH), "clerk", "demo-clerk-pw").cookie())),
                new Identity("manager", Map.of(Site.BRANCH, manager), Map.of(Site.BRANCH, managerCookie)),
                new Identity("hq-manager", Map.of(Site.HQ, hqManager),
                        Map.of(Site.HQ, PageSession.signIn(pages(chain, Site.HQ), "hq-manager", "demo-manager-pw").cookie())),
                new Identity("hq-admin", Map.of(Site.HQ, hqAdmin), Map.of(Site.HQ, adminCookie)),
                new Identity("hq-merchandiser", Map.of(Site.HQ, CatalogueData.MERCHANDISER),
                        Map.of(Site.HQ, PageSession.signIn(pages(chain, Site.HQ), "hq-merchandiser", "demo-merchandiser-pw").cookie())),
                new Identity("branch key", Map.of(Site.HQ, Http.bearer(chain.branchKey)), Map.of()),
                new Identity("other branch's key", Map.of(Site.HQ, Http.bearer(otherKey)), Map.of()),
                new Identity("disabled user's session", Map.of(), goneCookie),
                // its every call is a failed sign-in: from an address of its own, so this machine is not throttled
                new Identity("disabled user's cached Basic", gone, Map.of(), "203.0.113.77"),
                new Identity("session cookie, no header", Map.of(), Map.of(Site.BRANCH, managerCookie, Site.HQ, adminCookie))));
    }

    /**
     * A user an administrator creates, who chooses a password, signs in on the pages and through the API (both
     * work), and is then disabled by the administrator.
     */
    private static void disabledUser(TestChain chain, Site site, String username, String role, String admin,
                                     Map<Site, String> basic, Map<Site, String> cookie) {
        URI api = api(chain, site);
        HttpResponse<String> created = Http.send("POST", api.resolve("users"), admin, """
                {"username":"%s","displayName":"Soon disabled","password":"%s","roles":["%s"]}"""
                .formatted(username, FIRST_PASSWORD, role));
        assertEquals(201, created.statusCode(), created.body());
        String first = Http.basic(username, FIRST_PASSWORD);
        HttpResponse<String> mustChange = Http.get(api.resolve(site == Site.BRANCH ? "products" : "branches"), first);
        assertEquals(403, mustChange.statusCode(), "a password an administrator set must be changed first: " + mustChange.body());
        HttpResponse<String> changed = Http.send("PUT", api.resolve("me/password"), first, """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(FIRST_PASSWORD, OWN_PASSWORD));
        assertEquals(204, changed.statusCode(), changed.body());
        String own = Http.basic(username, OWN_PASSWORD);
        assertEquals(200, Http.get(api.resolve("me"), own).statusCode(), "signed in through the API, now cached");
        PageSession session = PageSession.signIn(pages(chain, site), username, OWN_PASSWORD);
        assertEquals(200, session.get("/index.xhtml").statusCode(), "signed in on the pages");
        HttpResponse<String> disabled = Http.send("PUT", api.resolve("users/" + username), admin, "{\"enabled\":false}");
        assertEquals(200, disabled.statusCode(), disabled.body());
        basic.put(site, own);
        cookie.put(site, session.cookie());
    }
}
