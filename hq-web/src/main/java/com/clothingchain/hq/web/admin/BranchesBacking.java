package com.clothingchain.hq.web.admin;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.tills.control.TillRules;
import com.clothingchain.hq.business.tills.control.Tills;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Admins register, edit, deactivate and reactivate branches and rotate their keys. A new key is shown once,
 * in this view only; it is not kept anywhere else.
 */
@Named
@ViewScoped
public class BranchesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BranchRegistry registry;

    @Inject
    Catalogue catalogue;

    @Inject
    Tills tills;

    private static final DateTimeFormatter PULLED = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private long catalogueVersion;

    private List<Branch> branches;
    private Map<String, LocalDate> lastReported;
    private final BranchForm form = new BranchForm();
    private String editing;
    private String issuedKey;
    private String issuedFor;

    @PostConstruct
    void load() {
        branches = registry.all();
        lastReported = registry.lastReportedDates();
        catalogueVersion = catalogue.version();
    }

    public void register() {
        clearKey();
        String currency = currency();
        if (currency == null) {
            return;
        }
        try {
            BranchRegistry.priceGroup(form.getPriceGroup());
            checkTill();
            var registered = registry.register(form.getCode().trim(), form.getName().trim(), form.getLocation().trim(),
                    form.getUrl().trim(), ZoneId.of(form.getTimeZone()), currency);
            registry.assignPriceGroup(registered.branch().getCode(), form.getPriceGroup());
            tills.configure(registered.branch().getCode(), form.getJurisdiction(), form.getTaxMode(), form.getCashRounding());
            issuedKey = registered.apiKey();
            issuedFor = registered.branch().getCode();
            FieldMessages.info("Branch " + issuedFor + " is registered. Copy its API key now: it is shown only this once.");
            form.clear();
            load();
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("code", "register:code", "priceGroup", "register:priceGroup",
                    "jurisdiction", "register:jurisdiction", "taxMode", "register:taxMode", "cashRounding", "register:cashRounding"));
        }
    }

    public void edit(Branch branch) {
        clearKey();
        editing = branch.getCode();
        form.fill(branch);
    }

    public void save() {
        clearKey();
        try {
            BranchRegistry.priceGroup(form.getPriceGroup());
            checkTill();
            registry.change(editing, form.getName().trim(), form.getLocation().trim(), form.getUrl().trim(),
                    ZoneId.of(form.getTimeZone()), null);
            registry.assignPriceGroup(editing, form.getPriceGroup());
            tills.configure(editing, form.getJurisdiction(), form.getTaxMode(), form.getCashRounding());
            FieldMessages.info("Branch " + editing + " is saved.");
            cancel();
            load();
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("priceGroup", "register:priceGroup", "jurisdiction", "register:jurisdiction",
                    "taxMode", "register:taxMode", "cashRounding", "register:cashRounding"));
        }
    }

    /** The till fields by the tills' rules, before anything is saved (the jurisdiction is one of those with rates). */
    private void checkTill() {
        if (form.getJurisdiction() != null && !form.getJurisdiction().isBlank()) {
            TillRules.jurisdiction("jurisdiction", form.getJurisdiction());
        }
        TillRules.taxMode("taxMode", form.getTaxMode());
        TillRules.cashRounding("cashRounding", form.getCashRounding());
    }

    /** The branch's till in words: jurisdiction, tax mode and cash rounding. */
    public String tillOf(Branch branch) {
        return (branch.getJurisdiction() == null ? "no jurisdiction" : branch.getJurisdiction()) + ", "
                + ("EXCLUSIVE".equals(branch.getTaxMode()) ? "tax added at the till" : "prices include tax")
                + (branch.getCashRounding().compareTo(new java.math.BigDecimal("0.01")) == 0 ? ""
                : ", cash rounded to " + branch.getCashRounding().toPlainString());
    }

    public List<String> getJurisdictions() {
        return tills.jurisdictions();
    }

    public List<java.math.BigDecimal> getCashRoundings() {
        return TillRules.CASH_ROUNDINGS;
    }

    public void cancel() {
        editing = null;
        form.clear();
    }

    public void activate(String code, boolean active) {
        clearKey();
        registry.activate(code, active);
        FieldMessages.info("Branch " + code + (active ? " is active again." : " is inactive: its key is refused from now on."));
        load();
    }

    public void rotateKey(String code) {
        issuedKey = registry.rotateKey(code);
        issuedFor = code;
        FieldMessages.info("Branch " + code + " has a new API key; the old one no longer works. Copy it now: it is shown only this once.");
        load();
    }

    private String currency() {
        try {
            return Fields.currency("currency", form.getCurrency() == null ? null : form.getCurrency().trim().toUpperCase());
        } catch (ProblemException e) {
            FieldMessages.error("register:currency", "Give an ISO 4217 currency code such as USD.");
            return null;
        }
    }

    private void clearKey() {
        issuedKey = null;
        issuedFor = null;
    }

    public LocalDate lastReported(String code) {
        return lastReported.get(code);
    }

    /** The branch's catalogue as words: the version it holds, how far behind HQ's it is, and when it last pulled. */
    public String catalogueOf(Branch branch) {
        if (branch.getCatalogueVersion() == null) {
            return "never pulled";
        }
        long behind = catalogueVersion - branch.getCatalogueVersion();
        return "version " + branch.getCatalogueVersion() + (behind <= 0 ? ", up to date" : ", " + behind + " changes behind")
                + ", pulled " + PULLED.format(branch.getCataloguePulledAt());
    }

    public List<Branch> getBranches() {
        return branches;
    }

    public BranchForm getForm() {
        return form;
    }

    public String getEditing() {
        return editing;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public List<SelectItem> getZones() {
        return TimeZoneChoices.ALL;
    }
}
