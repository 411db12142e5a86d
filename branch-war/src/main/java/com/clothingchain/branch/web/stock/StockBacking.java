package com.clothingchain.branch.web.stock;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockLevel;
import com.clothingchain.branch.web.products.ProductPicker;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Stock (/stock/index.xhtml): scan or type a variant to see its stock; the variants below zero, for a manager to count. */
@Named("stockPage")
@ViewScoped
public class StockBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    private static final Map<String, String> FIELDS = Map.of(ProductPicker.FIELD, "find:product", "sku", "find:product");

    @Inject
    ProductPicker picker;

    @Inject
    Stock stock;

    @Inject
    BranchSite site;

    private String product;
    private transient List<StockLevel> negative;

    /** Opens the variant's page, where its stock, its style's sizes and its movements are. */
    public String find() {
        try {
            Product picked = picker.pick(product, false);
            return "/products/product?faces-redirect=true&sku=" + picked.getSku();
        } catch (ProblemException e) {
            FieldMessages.show(e, FIELDS);
            return null;
        }
    }

    public List<StockLevel> getNegative() {
        if (negative == null) {
            negative = stock.negative(SHOWN);
        }
        return negative;
    }

    public ZonedDateTime local(StockLevel level) {
        return level.getLastMovedAt().atZone(site.zone());
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }
}
