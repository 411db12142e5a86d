package com.clothingchain.hq.web.admin;

import com.clothingchain.hq.business.tills.control.TillRules;
import com.clothingchain.hq.business.tills.control.Tills;
import com.clothingchain.hq.business.tills.entity.TaxRateEntry;
import com.clothingchain.hq.business.tills.entity.TenderEntry;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Admins see and define the tenders the tills take (and deactivate or reactivate them, but CASH and CARD) and the tax
 * rates of each jurisdiction. The rules are the tills' own ({@link Tills}); each refusal shows beside its field.
 */
@Named
@ViewScoped
public class TillsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tills tills;

    private List<TenderEntry> tenders;
    private List<TaxRateEntry> rates;
    private String jurisdictionShown;

    private String tenderCode;
    private String tenderName;
    private String tenderKind = "OTHER";

    private String jurisdiction;
    private String category = TillRules.STANDARD;
    private LocalDate from;
    private BigDecimal rate;

    @PostConstruct
    void load() {
        tenders = tills.tenders();
        rates = tills.taxRates(jurisdictionShown);
    }

    public void defineTender() {
        try {
            TenderEntry tender = tills.defineTender(tenderCode, tenderName, tenderKind);
            FieldMessages.info("Tender " + tender.getCode() + " is defined; the branches get it with their profile.");
            tenderCode = null;
            tenderName = null;
            tenderKind = "OTHER";
            load();
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("code", "tender:code", "name", "tender:name", "kind", "tender:kind"));
        }
    }

    public void activate(String code, boolean active) {
        try {
            tills.changeTender(code, null, active);
            FieldMessages.info("Tender " + code + (active ? " is active again." : " is inactive: tills no longer take it."));
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null);
        }
        load();
    }

    public void defineRate() {
        try {
            Tills.Defined defined = tills.defineTaxRate(jurisdiction, category, from, rate);
            TaxRateEntry r = defined.rate();
            FieldMessages.info(defined.created()
                    ? r.getJurisdiction() + " " + r.getTaxCategory() + " is " + r.getRate().toPlainString() + " % from " + r.getValidFrom() + "."
                    : "That rate was defined already; nothing changed.");
            jurisdictionShown = null;
            load();
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("jurisdiction", "rate:jurisdiction", "category", "rate:category", "from", "rate:from",
                    "rate", "rate:ratePercent"));
        }
    }

    public void show() {
        try {
            rates = tills.taxRates(jurisdictionShown);
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("jurisdiction", "rates:shown"));
        }
    }

    public boolean fixed(String code) {
        return TillRules.FIXED_TENDERS.contains(code);
    }

    public List<String> getKinds() {
        return TillRules.KINDS;
    }

    public List<String> getJurisdictions() {
        return tills.jurisdictions();
    }

    public List<TenderEntry> getTenders() {
        return tenders;
    }

    public List<TaxRateEntry> getRates() {
        return rates;
    }

    public String getJurisdictionShown() {
        return jurisdictionShown;
    }

    public void setJurisdictionShown(String jurisdictionShown) {
        this.jurisdictionShown = jurisdictionShown;
    }

    public String getTenderCode() {
        return tenderCode;
    }

    public void setTenderCode(String tenderCode) {
        this.tenderCode = tenderCode;
    }

    public String getTenderName() {
        return tenderName;
    }

    public void setTenderName(String tenderName) {
        this.tenderName = tenderName;
    }

    public String getTenderKind() {
        return tenderKind;
    }

    public void setTenderKind(String tenderKind) {
        this.tenderKind = tenderKind;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }
}
