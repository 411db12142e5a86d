package com.clothingchain.branch.web.counts;

import com.clothingchain.branch.counts.control.StockCounts;
import com.clothingchain.branch.counts.entity.StockCount;
import com.clothingchain.branch.counts.entity.StockCountLine;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Counts page (/counts/index.xhtml): a manager starts a count, sees its variances, posts or cancels it; everybody
 * counts the open one by scanning (count.js sends each scan and each typed count here, in order). What clerks see is
 * blind: counted units only; the variances are rendered for managers only.
 */
@Named("countsPage")
@ViewScoped
public class CountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");
    private static final int HISTORY = 10;

    /** A counted line on the page: what it is, and what was counted (never the books). */
    public record Row(String sku, String name, String size, String colour, String codes, String counted, String countedBy)
            implements Serializable {
        static Row of(StockCountLine line) {
            Product p = line.getProduct();
            return new Row(p.getSku(), p.getName(), p.getSize(), p.getColour(),
                    (p.getSku() + " " + (p.getBarcode() == null ? "" : p.getBarcode())).trim(), String.valueOf(line.getCounted()),
                    line.getCountedBy());
        }

        public String getSku() { return sku; }
        public String getName() { return name; }
        public String getSize() { return size; }
        public String getColour() { return colour; }
        public String getCodes() { return codes; }
        public String getCounted() { return counted; }
        public String getCountedBy() { return countedBy; }
    }

    @Inject
    StockCounts counts;

    @Inject
    Catalog catalog;

    @Inject
    BranchSite site;

    private StockCount open;
    private final List<Row> rows = new ArrayList<>();
    private transient StockCounts.Variances variances;
    private boolean showVariances;
    private String scope = StockCounts.ALL;
    private boolean uncountedAreZero;

    @PostConstruct
    void load() {
        open = counts.current().orElse(null);
        rows.clear();
        if (open != null) {
            counts.lines(open).stream().map(Row::of).forEach(rows::add);
        }
        variances = showVariances && open != null && Caller.isManager() ? counts.variances(open.getId()) : null;
    }

    public void start() {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        boolean whole = StockCounts.ALL.equals(scope);
        try {
            StockCount started = counts.start(whole ? StockCounts.ALL : StockCounts.CATEGORY, whole ? null : scope, Caller.name());
            FieldMessages.info("Count " + started.getId() + " of " + started.getScope() + " started: scan everything in it.");
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> "start:scope");
        }
        load();
    }

    /** What count.js sends, in the order it came: {@code scan:CODE} counts one more, {@code set:SKU:UNITS} sets a line. */
    public void apply() {
        String[] ops = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("op");
        if (open == null || ops == null) {
            load();
            return;
        }
        for (String op : ops) {
            if (op.startsWith("scan:")) {
                refusedBeside("count:code", () -> counts.add(open.getId(), "sku", op.substring(5), 1, Caller.name()));
            } else if (op.startsWith("set:") && op.lastIndexOf(':') > 3) {
                String sku = op.substring(4, op.lastIndexOf(':'));
                String typed = op.substring(op.lastIndexOf(':') + 1).trim();
                if (typed.isEmpty() || WHOLE.matcher(typed).matches()) {
                    refusedBeside(fieldOf(sku), () -> counts.set(open.getId(), "sku", sku, typed.isEmpty() ? 0 : Integer.valueOf(typed),
                            Caller.name()));
                } else {
                    FieldMessages.error(fieldOf(sku), "Enter the units counted: a whole number from 0 to 99,999.");
                }
            }
        }
        load();
    }

    public void variances() {
        if (!Caller.refuseUnlessManager()) {
            showVariances = true;
            load();
        }
    }

    public void post() {
        if (Caller.refuseUnlessManager() || open == null) {
            return;
        }
        try {
            StockCount posted = counts.post(open.getId(), uncountedAreZero, Caller.name());
            FieldMessages.info("Count " + posted.getId() + " posted: stock now holds what was counted"
                    + (uncountedAreZero ? ", and 0 of what nobody counted." : "; what nobody counted stays as it was."));
            showVariances = false;
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null);
        }
        load();
    }

    public void cancel() {
        if (Caller.refuseUnlessManager() || open == null) {
            return;
        }
        try {
            counts.cancel(open.getId(), Caller.name());
            FieldMessages.info("Count " + open.getId() + " cancelled: nothing was booked.");
            showVariances = false;
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null);
        }
        load();
    }

    private void refusedBeside(String clientId, Runnable change) {
        try {
            change.run();
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> clientId);
        }
    }

    private String fieldOf(String sku) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sku().equals(sku)) {
                return "count:rows:" + i + ":counted";
            }
        }
        return "count:code";
    }

    public List<String> getCategories() {
        return catalog.categories();
    }

    public ZonedDateTime local(Instant at) {
        return at == null ? null : at.atZone(site.zone());
    }

    public List<StockCount> getLatest() {
        return counts.latest(HISTORY);
    }

    public StockCount getOpen() { return open; }
    public List<Row> getRows() { return rows; }
    public StockCounts.Variances getVariances() { return variances; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public boolean isUncountedAreZero() { return uncountedAreZero; }
    public void setUncountedAreZero(boolean uncountedAreZero) { this.uncountedAreZero = uncountedAreZero; }
    public String getAll() { return StockCounts.ALL; }
}
