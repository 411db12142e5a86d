package com.clothingchain.hq.business.branches.control;

import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The chain's tenant registry: registers branches, issues and checks their API keys. */
@Stateless
public class BranchRegistry {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,16}");

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Inject
    AuditTrail audit;

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
        audit.record(AuditType.BRANCH_REGISTERED, code, name + ", " + location + ", " + timeZone.getId() + ", " + currency
                + "; API key issued");
        return new Registered(branch, key);
    }

    /** New details; {@code active} null leaves the branch active or inactive as it is. */
    public Branch change(String code, String name, String location, String url, ZoneId timeZone, Boolean active) {
        Branch branch = require(code);
        String before = describe(branch);
        branch.describe(name, location, url, timeZone);
        String after = describe(branch);
        if (!before.equals(after)) {
            audit.record(AuditType.BRANCH_CHANGED, code, before + " -> " + after);
        }
        if (active != null) {
            activate(branch, active);
        }
        return branch;
    }

    /** Puts the branch in a price group, or in none (null or blank). */
    public Branch assignPriceGroup(String code, String group) {
        Branch branch = require(code);
        String checked = priceGroup(group);
        if (!Objects.equals(branch.getPriceGroup(), checked)) {
            audit.record(AuditType.BRANCH_CHANGED, code, "price group " + branch.getPriceGroup() + " -> " + checked);
            branch.setPriceGroup(checked);
        }
        return branch;
    }

    /** A price group's name as kept (upper case), null for none; refused naming {@code priceGroup} if it is not a code. */
    public static String priceGroup(String group) {
        return group == null || group.isBlank() ? null
                : Fields.matching("priceGroup", group.trim().toUpperCase(Locale.ROOT), CODE, "2 to 16 of A-Z, 0-9 and -, such as OUTLETS");
    }

    /** An inactive branch's key is refused, and it is no longer expected to report. */
    public Branch activate(String code, boolean active) {
        return activate(require(code), active);
    }

    private Branch activate(Branch branch, boolean active) {
        if (branch.isActive() != active) {
            branch.setActive(active);
            audit.record(active ? AuditType.BRANCH_ACTIVATED : AuditType.BRANCH_DEACTIVATED, branch.getCode(), null);
        }
        return branch;
    }

    private static String describe(Branch b) {
        return b.getName() + ", " + b.getLocation() + ", " + b.getUrl() + ", " + b.getTimeZone().getId();
    }

    /** The latest business date each branch reported, by branch code. */
    public Map<String, LocalDate> lastReportedDates() {
        return em.createQuery("select d.branch.code, max(d.businessDate) from DailyRevenue d group by d.branch.code", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (LocalDate) row[1]));
    }

    /**
     * The branch asked the catalogue feed for what changed after {@code version}: it holds that version. Kept apart
     * from the row's optimistic version, so a pull never collides with an admin's change of the branch.
     */
    public void cataloguePulled(String code, long version) {
        em.createNativeQuery("update branches set catalogue_version = ?1, catalogue_pulled_at = ?2 where code = ?3")
                .setParameter(1, version).setParameter(2, LocalDateTime.now(ZoneOffset.UTC)).setParameter(3, code)
                .executeUpdate();
    }

    public String rotateKey(String code) {
        Branch branch = require(code);
        String key = ApiKeys.newKey();
        branch.issueKey(ApiKeys.hash(key), Clock.systemUTC().instant());
        audit.record(AuditType.BRANCH_KEY_ROTATED, code, "the old key stops working now");
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
