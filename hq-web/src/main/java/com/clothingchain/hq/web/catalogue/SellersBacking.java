package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.catalogue.entity.Category;
import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.entity.BranchShrink;
import com.clothingchain.hq.business.merchandise.entity.RankedUnits;
import com.clothingchain.hq.business.merchandise.entity.Ranking;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.web.support.ChartJs;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Best and worst sellers (/catalogue/sellers.xhtml): the styles, colours, sizes, categories or branches ranked by units
 * sold less returned over a period (of one branch or all, one category or all), with on hand, sell-through and return
 * rate, a page at a time, and the whole ranking as CSV or Excel ({@link SellersExport}); a category's size curve as a
 * chart; returns and shrink per branch. Units, not amounts: branches sell in their own currencies.
 */
@Named("sellers")
@ViewScoped
public class SellersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;
    static final int CHART_ROWS = 15;

    @Inject
    MerchandiseReports reports;

    @Inject
    BranchRegistry registry;

    @Inject
    Catalogue catalogue;

    private LocalDate from;
    private LocalDate to;
    private String branch;
    private String category;
    private boolean worst;
    private Ranking by = Ranking.STYLE;
    private RevenueFilter shownFilter;
    private int offset;
    private long count;
    private List<RankedUnits> rows = List.of();
    private List<BranchShrink> shrink = List.of();
    private String sizeCurve;
    private String rankingChart;
    private List<Branch> branches;
    private List<Category> categories;

    @PostConstruct
    void init() {
        to = LocalDate.now(Clock.systemUTC()).minusDays(1);
        from = to.minusDays(29);
        branches = registry.all();
        categories = catalogue.categories();
        apply();
    }

    /** Applies the filter from the first page; each refusal beside its field. */
    public void apply() {
        offset = 0;
        load();
    }

    public void next() {
        if (offset + PAGE < count) {
            offset += PAGE;
            load();
        }
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        load();
    }

    private void load() {
        try {
            RevenueFilter filter = new RevenueFilter(from, to, branch);
            rows = reports.ranking(filter, by, category, !worst, offset, PAGE);
            rankingChart = rows.isEmpty() ? null : ChartJs.ranking(rows.subList(0, Math.min(CHART_ROWS, rows.size())));
            count = reports.countRanked(filter, by, category);
            shownFilter = filter;
            shrink = reports.branchShrink(filter);
            sizeCurve = category == null ? null : ChartJs.sizeCurve(reports.sizeCurve(filter, category));
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> "filters:" + field);
        }
    }

    /** The export of the ranking shown (the filter last applied without a refusal), in csv or xlsx. */
    public String exportLink(String format) {
        if (shownFilter == null) {
            return "";
        }
        String link = "sellers-export?by=" + by.parameter() + "&from=" + shownFilter.from() + "&to=" + shownFilter.to()
                + "&order=" + (worst ? "worst" : "best") + "&format=" + format;
        if (shownFilter.branch().isPresent()) {
            link += "&branch=" + URLEncoder.encode(shownFilter.branchCode(), StandardCharsets.UTF_8);
        }
        return category == null ? link : link + "&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
    }

    public List<RankedUnits> getRows() {
        return rows;
    }

    public List<BranchShrink> getShrink() {
        return shrink;
    }

    /** The first rows of the page shown, as a chart; null when there are none. */
    public String getRankingChart() {
        return rankingChart;
    }

    public String getSizeCurve() {
        return sizeCurve;
    }

    /** "51–100 of 230", in the ranking's order. */
    public String getShown() {
        return rows.isEmpty() ? "none" : (offset + 1) + "–" + (offset + rows.size()) + " of " + count;
    }

    public boolean isHasNext() {
        return offset + PAGE < count;
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }

    public int getOffset() {
        return offset;
    }

    public List<Branch> getBranches() {
        return branches;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Ranking[] getRankings() {
        return Ranking.values();
    }

    public Ranking getBy() {
        return by;
    }

    public void setBy(Ranking by) {
        this.by = by;
    }

    public boolean isWorst() {
        return worst;
    }

    public void setWorst(boolean worst) {
        this.worst = worst;
    }
}
