package com.clothingchain.hq.business.branches.control;

import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The chain's tenant registry: registers branches, issues and checks their API keys. */
@Stateless
public class BranchRegistry {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,16}");

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    /** A new branch and its API key, which is shown this once and stored only as a hash. */
    public record Registered(Branch branch, String apiKey) {
    }

    public Registered register(String code, String name, String location, String url, ZoneId timeZone, String currency) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ProblemException.badRequest("code", "code must be 2 to 16 of A-Z, 0-9 and -.");
        }
        if (find(code).isPresent()) {
            throw ProblemException.conflict("code", "A branch with code " + code + " is already registered.");
        }
        var branch = new Branch(code, name, location, url, timeZone, currency, LocalDate.now(timeZone));
        String key = ApiKeys.newKey();
        branch.issueKey(ApiKeys.hash(key), Clock.systemUTC().instant());
        em.persist(branch);
        return new Registered(branch, key);
    }

    public Branch change(String code, String name, String location, String url, ZoneId timeZone, boolean active) {
        Branch branch = require(code);
        branch.describe(name, location, url, timeZone);
        branch.setActive(active);
        return branch;
    }

    /** An inactive branch's key is refused, and it is no longer expected to report. */
    public Branch activate(String code, boolean active) {
        Branch branch = require(code);
        branch.setActive(active);
        return branch;
    }

    /** The latest business date each branch reported, by branch code. */
    public Map<String, LocalDate> lastReportedDates() {
        return em.createQuery("select d.branch.code, max(d.businessDate) from DailyRevenue d group by d.branch.code", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (LocalDate) row[1]));
    }

    public String rotateKey(String code) {
        Branch branch = require(code);
        String key = ApiKeys.newKey();
        branch.issueKey(ApiKeys.hash(key), Clock.systemUTC().instant());
        return key;
    }

    public Optional<Branch> find(String code) {
        return em.createNamedQuery(Branch.BY_CODE, Branch.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Branch require(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("code", "No branch with code " + code + "."));
    }

    public List<Branch> all() {
        return em.createNamedQuery(Branch.ALL, Branch.class).getResultList();
    }

    /** The branch whose current key this is, active or not. */
    public Optional<Branch> byApiKey(String apiKey) {
        return em.createNamedQuery(Branch.BY_KEY_HASH, Branch.class).setParameter("hash", ApiKeys.hash(apiKey))
                .getResultStream().findFirst()
                .filter(b -> ApiKeys.matches(apiKey, b.getApiKeyHash()));
    }
}
