package com.clothingchain.branch.tills.control;

import com.clothingchain.branch.sales.control.Tax;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.site.entity.RegistryEntry;
import com.clothingchain.branch.tills.entity.TaxRateEntry;
import com.clothingchain.branch.tills.entity.TenderType;
import com.clothingchain.contract.TaxRate;
import com.clothingchain.contract.Tender;
import com.clothingchain.contract.TillSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How this branch's till works, as HQ last said (kept in the database, so the till works while HQ is away): tax
 * inclusive or exclusive, the cash rounding step, the tax rate of a category on a date (0 where HQ gave none), the
 * tenders, and the limits set here ({@code chain.till.variance-threshold}, {@code chain.till.cash-refund-limit},
 * {@code chain.till.discount-limit}).
 */
@ApplicationScoped
public class TillRules {

    private static final Set<String> ALWAYS = Set.of(Tender.CASH, Tender.CARD);

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BranchSite site;

    @Inject
    @ConfigProperty(name = "chain.till.variance-threshold", defaultValue = "5.00")
    BigDecimal varianceThreshold;

    @Inject
    @ConfigProperty(name = "chain.till.cash-refund-limit", defaultValue = "100.00")
    BigDecimal cashRefundLimit;

    @Inject
    @ConfigProperty(name = "chain.till.discount-limit", defaultValue = "30")
    BigDecimal discountLimit;

    private volatile Held held;

    public Tax.Mode taxMode() {
        return site.registryEntry().map(RegistryEntry::getTaxMode).filter(TillSettings.EXCLUSIVE::equals)
                .map(exclusive -> Tax.Mode.EXCLUSIVE).orElse(Tax.Mode.INCLUSIVE);
    }

    public BigDecimal cashStep() {
        return site.registryEntry().map(RegistryEntry::getCashRounding).orElse(new BigDecimal("0.01"));
    }

    /** A count whose variance in any tender is larger than this, either way, needs a manager's approval. */
    public BigDecimal varianceThreshold() {
        return varianceThreshold;
    }

    /** A cash refund above this needs a manager. */
    public BigDecimal cashRefundLimit() {
        return cashRefundLimit;
    }

    /** A line discount above this percent needs a manager. */
    public BigDecimal discountLimit() {
        return discountLimit;
    }

    /** The rate of a tax category on a business date: the latest rate from that date or before; 0 if HQ set none. */
    public BigDecimal rate(String category, LocalDate on) {
        return held().rates().stream().filter(r -> r.getCategory().equals(category) && !r.getFrom().isAfter(on))
                .max(Comparator.comparing(TaxRateEntry::getFrom)).map(TaxRateEntry::getRate).orElse(new BigDecimal("0.00"));
    }

    /** An active tender by its code, or null. */
    public TenderType tender(String code) {
        return held().tenders().stream().filter(t -> t.getCode().equals(code)).findFirst().orElse(null);
    }

    public List<TenderType> tenders() {
        return held().tenders();
    }

    /**
     * The rates and active tenders, read once and kept until HQ sends others (every sale asks for them; one branch
     * server holds its database, see README's known limits).
     */
    private Held held() {
        Held current = held;
        if (current == null) {
            current = new Held(em.createQuery("select r from TaxRateEntry r", TaxRateEntry.class).getResultList(),
                    em.createQuery("select t from TenderType t where t.active = true order by t.kind, t.code", TenderType.class)
                            .getResultList());
            held = current;
        }
        return current;
    }

    private record Held(List<TaxRateEntry> rates, List<TenderType> tenders) {
    }

    /** Keeps HQ's till settings: the rates replace the ones held; tenders HQ no longer lists stop being taken. */
    @Transactional
    public void remember(TillSettings till) {
        if (till == null) {
            return;
        }
        if (till.taxRates() != null) {
            em.createQuery("delete from TaxRateEntry").executeUpdate();
            for (TaxRate rate : till.taxRates()) {
                em.persist(new TaxRateEntry(rate.category(), rate.from(), rate.rate()));
            }
        }
        if (till.tenders() != null) {
            em.createQuery("update TenderType t set t.active = false where t.code not in :always")
                    .setParameter("always", ALWAYS).executeUpdate();
            for (Tender tender : till.tenders()) {
                em.merge(new TenderType(tender.code(), tender.name(), kind(tender.kind()),
                        tender.active() || ALWAYS.contains(tender.code())));
            }
        }
        em.flush();
        held = null; // read again, with what was just written, at the next sale
        held();
    }

    private static TenderType.Kind kind(String kind) {
        try {
            return TenderType.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            return TenderType.Kind.OTHER;
        }
    }
}
