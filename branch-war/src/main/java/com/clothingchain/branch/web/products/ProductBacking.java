package com.clothingchain.branch.web.products;

import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.control.Catalog.DatedPrice;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockMovement;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One product (/products/product.xhtml?sku=...): what it is, where it comes from, its prices by date, its stock with its
 * style's other variants and its latest movements; a manager may book a recount.
 */
@Named("product")
@ViewScoped
public class ProductBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MOVEMENTS = 30;
    private static final Map<String, String> RECOUNT_FIELDS = Map.of("counted", "recount:counted", "note", "recount:note");

    @Inject
    Catalog catalog;

    @Inject
    BusinessDays days;

    @Inject
    Stock stock;

    private String sku;
    private Product found;
    private List<DatedPrice> schedule = List.of();
    private LocalDate openDate;
    private int onHand;
    private Map<String, Integer> styleStock = Map.of();
    private List<Product> style = List.of();
    private transient List<StockMovement> movements;
    private Integer counted;
    private String countNote;

    public void load() {
        found = catalog.find(sku).orElse(null);
        if (found == null) {
            FieldMessages.error(null, "There is no product with SKU " + sku + ".");
            return;
        }
        schedule = catalog.schedule(found);
        openDate = days.open().getBusinessDate();
        readStock();
    }

    private void readStock() {
        onHand = stock.onHand(found);
        style = found.getStyleCode() == null ? List.of(found) : catalog.ofStyles(List.of(found.getStyleCode()));
        styleStock = stock.onHand(style);
        movements = null;
    }

    /** A manager's recount of the shelf: the difference is booked as a count adjustment. */
    public void recount() {
        try {
            int before = onHand;
            stock.recount(found.getSku(), counted, countNote, null, Caller.name());
            readStock();
            FieldMessages.info(onHand == before ? "The count agrees with the books: nothing to adjust."
                    : "Counted " + onHand + ": " + (onHand > before ? "+" : "") + (onHand - before) + " booked as a count adjustment.");
            counted = null;
            countNote = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, RECOUNT_FIELDS);
        }
    }

    public List<StockMovement> getMovements() {
        if (movements == null && found != null) {
            movements = stock.movements(found, MOVEMENTS);
        }
        return movements;
    }

    public int getOnHand() {
        return onHand;
    }

    public List<Product> getStyle() {
        return style;
    }

    public int onHandOf(Product variant) {
        return styleStock.getOrDefault(variant.getSku(), 0);
    }

    public Integer getCounted() {
        return counted;
    }

    public void setCounted(Integer counted) {
        this.counted = counted;
    }

    public String getCountNote() {
        return countNote;
    }

    public void setCountNote(String countNote) {
        this.countNote = countNote;
    }

    /** Whether the price from this date is the one on the open business date. */
    public boolean isCurrent(DatedPrice price) {
        return !price.from().isAfter(openDate) && schedule.stream()
                .noneMatch(other -> other.from().isAfter(price.from()) && !other.from().isAfter(openDate));
    }

    public Product getFound() {
        return found;
    }

    public List<DatedPrice> getSchedule() {
        return schedule;
    }

    public LocalDate getOpenDate() {
        return openDate;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }
}
