package com.clothingchain.hq.business.tills.control;

import com.clothingchain.contract.TaxRate;
import com.clothingchain.contract.Tender;
import com.clothingchain.contract.TillSettings;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.tills.entity.TaxRateEntry;
import com.clothingchain.hq.business.tills.entity.TenderEntry;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/**
 * Tenders, tax rates per jurisdiction and each branch's till settings, with their rules ({@link TillRules}), for the
 * API and the pages alike. Every refusal names its field; every change is audited.
 */
@Stateless
public class Tills {

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    BranchRegistry registry;

    /** Every tender, active or not, in code order. */
    public List<TenderEntry> tenders() {
        return em.createNamedQuery(TenderEntry.ALL, TenderEntry.class).getResultList();
    }

    /** The tender with this code as written (a malformed code finds none). */
    public Optional<TenderEntry> findTender(String code) {
        return TillRules.wellFormedTender(code) ? Optional.ofNullable(em.find(TenderEntry.class, code)) : Optional.empty();
    }

    /** A new tender, active: 400 for a bad field (all named at once), 409 for a code taken. */
    public TenderEntry defineTender(String code, String name, String kind) {
        var checks = new FieldChecks();
        String checkedCode = checks.check(() -> TillRules.tenderCode("code", code));
        String checkedName = checks.check(() -> text("name", name, 64));
        String checkedKind = checks.check(() -> TillRules.kind("kind", kind));
        if (checkedCode != null && findTender(checkedCode).isPresent()) {
            checks.add(ProblemException.conflict("code", "A tender with code " + checkedCode + " exists already."));
        }
        checks.done();
        var tender = new TenderEntry(checkedCode, checkedName, checkedKind);
        em.persist(tender);
        audit.record(AuditType.TENDER_CHANGED, "tender " + checkedCode, "defined: " + checkedName + ", " + checkedKind);
        return tender;
    }

    /**
     * A new name and/or (de)activation ({@code null}: as it is). CASH and CARD are never deactivated (422, field
     * {@code active}): every till takes them.
     */
    public TenderEntry changeTender(String code, String name, Boolean active) {
        TenderEntry tender = findTender(code).orElseThrow(() -> ProblemException.notFound("code", "There is no tender " + code + "."));
        var checks = new FieldChecks();
        String checkedName = name == null ? null : checks.check(() -> text("name", name, 64));
        if (Boolean.FALSE.equals(active) && TillRules.FIXED_TENDERS.contains(tender.getCode())) {
            checks.add(ProblemException.unprocessable("active", tender.getCode() + " is taken by every till and can not be deactivated."));
        }
        checks.done();
        String before = describe(tender);
        if (checkedName != null) {
            tender.setName(checkedName);
        }
        if (active != null) {
            tender.setActive(active);
        }
        String after = describe(tender);
        if (!before.equals(after)) {
            audit.record(AuditType.TENDER_CHANGED, "tender " + tender.getCode(), before + " -> " + after);
        }
        return tender;
    }

    private static String describe(TenderEntry t) {
        return t.getName() + ", " + t.getKind() + (t.isActive() ? ", active" : ", inactive");
    }

    /** The rates of one jurisdiction (or of all, for null or blank), by jurisdiction, category and date. */
    public List<TaxRateEntry> taxRates(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return em.createNamedQuery(TaxRateEntry.ALL, TaxRateEntry.class).getResultList();
        }
        return em.createNamedQuery(TaxRateEntry.OF_JURISDICTION, TaxRateEntry.class)
                .setParameter("jurisdiction", TillRules.jurisdiction("jurisdiction", jurisdiction)).getResultList();
    }

    /** The jurisdictions that have rates, in order. */
    public List<String> jurisdictions() {
        return em.createQuery("select distinct r.jurisdiction from TaxRateEntry r order by r.jurisdiction", String.class)
                .getResultList();
    }

    /** A rate and whether it is new (false: the same rate was defined for that date already, nothing changed). */
    public record Defined(TaxRateEntry rate, boolean created) {
    }

    /**
     * A rate of a jurisdiction's tax category from a business date on. The first rate of a category may start on any
     * date (since when the law applies); a later one not before yesterday in UTC (a date no branch has finished), so
     * that no rate already charged at a till is changed afterwards (422, field {@code from}). The same rate again for
     * the same date changes nothing; another rate for it is 409 (field {@code from}).
     */
    public Defined defineTaxRate(String jurisdiction, String category, LocalDate from, BigDecimal rate) {
        var checks = new FieldChecks();
        String checkedJurisdiction = checks.check(() -> TillRules.jurisdiction("jurisdiction", jurisdiction));
        String checkedCategory = checks.check(() -> TillRules.taxCategory("category", category));
        LocalDate checkedFrom = checks.check(() -> required("from", from));
        BigDecimal checkedRate = checks.check(() -> TillRules.rate("rate", rate));
        checks.done();
        List<TaxRateEntry> existing = em.createNamedQuery(TaxRateEntry.OF_CATEGORY, TaxRateEntry.class)
                .setParameter("jurisdiction", checkedJurisdiction).setParameter("category", checkedCategory).getResultList();
        Optional<TaxRateEntry> same = existing.stream().filter(r -> r.getValidFrom().equals(checkedFrom)).findFirst();
        if (same.isPresent()) {
            if (same.get().getRate().compareTo(checkedRate) == 0) {
                return new Defined(same.get(), false);
            }
            throw ProblemException.conflict("from", checkedJurisdiction + " " + checkedCategory + " has the rate "
                    + same.get().getRate().toPlainString() + " from " + checkedFrom + " already; a rate is never changed, give a later date.");
        }
        LocalDate earliest = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        if (!existing.isEmpty() && checkedFrom.isBefore(earliest)) {
            throw ProblemException.unprocessable("from", "from can not be before " + earliest + ": "
                    + checkedJurisdiction + " " + checkedCategory + " has rates already, and tills may have charged them.");
        }
        var entry = new TaxRateEntry(checkedJurisdiction, checkedCategory, checkedFrom, checkedRate);
        em.persist(entry);
        audit.record(AuditType.TAX_RATE_DEFINED, checkedJurisdiction + " " + checkedCategory,
                checkedRate.toPlainString() + " % from " + checkedFrom);
        return new Defined(entry, true);
    }

    /**
     * A branch's till settings: its jurisdiction (null or blank: none; otherwise one that has rates, else 422), tax
     * mode and cash rounding. 404 for an unknown branch, before the fields are judged.
     */
    public Branch configure(String branchCode, String jurisdiction, String taxMode, BigDecimal cashRounding) {
        Branch branch = registry.require(branchCode);
        var checks = new FieldChecks();
        String checkedJurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null
                : checks.check(() -> TillRules.jurisdiction("jurisdiction", jurisdiction));
        String checkedMode = checks.check(() -> TillRules.taxMode("taxMode", taxMode));
        BigDecimal checkedRounding = checks.check(() -> TillRules.cashRounding("cashRounding", cashRounding));
        if (checkedJurisdiction != null && taxRates(checkedJurisdiction).isEmpty()) {
            checks.add(ProblemException.unprocessable("jurisdiction", "HQ has no tax rates for " + checkedJurisdiction
                    + "; define them first."));
        }
        checks.done();
        String before = describe(branch);
        branch.setTill(checkedJurisdiction, checkedMode, checkedRounding);
        String after = describe(branch);
        if (!before.equals(after)) {
            audit.record(AuditType.BRANCH_CHANGED, branch.getCode(), "till settings " + before + " -> " + after);
        }
        return branch;
    }

    private static String describe(Branch b) {
        return Objects.toString(b.getJurisdiction(), "no jurisdiction") + ", " + b.getTaxMode() + ", cash rounding "
                + b.getCashRounding().toPlainString();
    }

    /** How the branch's till works, as the branch reads it in its profile: its jurisdiction's rates, the active tenders. */
    public TillSettings settingsOf(Branch branch) {
        List<TaxRate> rates = branch.getJurisdiction() == null ? List.of()
                : em.createNamedQuery(TaxRateEntry.OF_JURISDICTION, TaxRateEntry.class)
                .setParameter("jurisdiction", branch.getJurisdiction()).getResultStream()
                .map(r -> new TaxRate(r.getTaxCategory(), r.getValidFrom(), r.getRate())).toList();
        List<Tender> tenders = tenders().stream().filter(TenderEntry::isActive)
                .map(t -> new Tender(t.getCode(), t.getName(), t.getKind(), true)).toList();
        return new TillSettings(branch.getJurisdiction(), branch.getTaxMode(), branch.getCashRounding(), rates, tenders);
    }
}
