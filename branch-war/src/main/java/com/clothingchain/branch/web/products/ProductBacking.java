package com.clothingchain.branch.web.products;

import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.control.Catalog.DatedPrice;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One product, read-only (/products/product.xhtml?sku=...): what it is, where it comes from, its prices by date. */
@Named("product")
@ViewScoped
public class ProductBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Inject
    BusinessDays days;

    private String sku;
    private Product found;
    private List<DatedPrice> schedule = List.of();
    private LocalDate openDate;

    public void load() {
        found = catalog.find(sku).orElse(null);
        if (found == null) {
            FieldMessages.error(null, "There is no product with SKU " + sku + ".");
            return;
        }
        schedule = catalog.schedule(found);
        openDate = days.open().getBusinessDate();
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
