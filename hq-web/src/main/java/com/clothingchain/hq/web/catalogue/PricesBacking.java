package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.catalogue.control.CatalogueBrowsing;
import com.clothingchain.hq.business.catalogue.control.CatalogueBrowsing.PriceRow;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.pages.LazyRows;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The price list (/catalogue/prices.xhtml): every chain and branch price by date, or only those still to come, and
 * a price (a markdown) scheduled from a business date for one SKU or every variant of a style, for the chain, one
 * branch or a price group's branches. Each branch applies it at its own midnight, having received it ahead of time.
 */
@Named("prices")
@ViewScoped
public class PricesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String GROUP = "@";
    private static final Map<String, String> FIELDS = Map.of("sku", "schedule:target", "style", "schedule:target",
            "currency", "schedule:currency", "branch", "schedule:branch", "group", "schedule:branch", "from", "schedule:from",
            "price", "schedule:price");

    @Inject
    CatalogueBrowsing browsing;

    @Inject
    Catalogue catalogue;

    @Inject
    BranchRegistry registry;

    private String text;
    private boolean scheduledOnly;
    private final LazyDataModel<PriceRow> rows = new LazyRows<>(() -> browsing.countPrices(text, scheduledOnly),
            (first, size) -> browsing.prices(text, scheduledOnly, first, size), PriceRow::id);

    private String target;
    private String currency;
    private String branch;
    private LocalDate from;
    private BigDecimal price;
    private List<SelectItem> branches;
    private List<String> currencies;

    @PostConstruct
    void load() {
        List<Branch> all = registry.all();
        List<SelectItem> choices = new ArrayList<>();
        all.stream().filter(b -> b.getPriceGroup() != null && b.isActive()).map(Branch::getPriceGroup).distinct().sorted()
                .forEach(group -> choices.add(new SelectItem(GROUP + group, "Price group " + group + " ("
                        + String.join(", ", all.stream().filter(b -> group.equals(b.getPriceGroup()) && b.isActive()).map(Branch::getCode).toList())
                        + ")")));
        all.forEach(b -> choices.add(new SelectItem(b.getCode(), b.getCode() + " · " + b.getName() + " (" + b.getCurrency() + ")")));
        branches = choices;
        currencies = List.copyOf(new TreeSet<>(all.stream().map(Branch::getCurrency).toList()));
    }

    public void schedule() {
        if (Merchandising.refused()) {
            return;
        }
        String code = target == null ? "" : target.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            FieldMessages.error("schedule:target", "Give a SKU or a style code.");
            return;
        }
        try {
            Catalogue.PriceScope scope = scope();
            int variants = catalogue.findVariant(code).isPresent()
                    ? List.of(catalogue.schedulePrice(code, currency, scope, from, price)).size()
                    : catalogue.scheduleStylePrice(code, currency, scope, from, price).size();
            FieldMessages.info(currency + " " + price.toPlainString() + " from " + (from == null ? "today" : from)
                    + " " + scope.described() + ": " + variants + " variant"
                    + (variants == 1 ? "" : "s") + " of " + code + ".");
            text = code;
        } catch (ProblemException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    private Catalogue.PriceScope scope() {
        if (branch == null || branch.isBlank()) {
            return Catalogue.PriceScope.chain();
        }
        if (branch.startsWith(GROUP)) {
            return catalogue.priceGroup(branch.substring(GROUP.length()));
        }
        return Catalogue.PriceScope.of(registry.find(branch)
                .orElseThrow(() -> ProblemException.unprocessable("branch", "There is no branch " + branch + ".")));
    }

    public LazyDataModel<PriceRow> getRows() {
        return rows;
    }

    public boolean isMayChange() {
        return Merchandising.allowed();
    }

    public List<SelectItem> getBranches() {
        return branches;
    }

    public List<String> getCurrencies() {
        return currencies;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isScheduledOnly() {
        return scheduledOnly;
    }

    public void setScheduledOnly(boolean scheduledOnly) {
        this.scheduledOnly = scheduledOnly;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }
}
