package com.clothingchain.branch.web.manage;

import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.products.entity.ProductDetails;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Adds a product, or edits, deactivates and reactivates one (/manage/product.xhtml[?sku=...]). Managers only:
 * web.xml keeps everybody else out of /manage/*.
 */
@Named("product")
@ViewScoped
public class ProductBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("sku", "product:sku", "name", "product:name",
            "category", "product:category", "size", "product:size", "colour", "product:colour", "price", "product:price");

    @Inject
    Catalog catalog;

    private String sku;
    private boolean existing;
    private boolean active = true;
    private String name;
    private String category;
    private String size;
    private String colour;
    private BigDecimal price;

    /** With ?sku=..., the product to edit; without, a new one. */
    public void load() {
        if (existing || sku == null || sku.isBlank()) {
            return;
        }
        catalog.find(sku).ifPresentOrElse(this::edit, () -> {
            FieldMessages.error(null, "There is no product with SKU " + sku + "; you can add it here.");
            sku = sku.trim();
        });
    }

    private void edit(Product found) {
        existing = true;
        sku = found.getSku();
        active = found.isActive();
        name = found.getName();
        category = found.getCategory();
        size = found.getSize();
        colour = found.getColour();
        price = found.getPrice();
    }

    public String save() {
        return store(active);
    }

    /** A product that was sold is never deleted: it is taken off sale, and can be put back. */
    public String deactivate() {
        return store(false);
    }

    public String activate() {
        return store(true);
    }

    private String store(boolean onSale) {
        if (Caller.refuseUnlessManager()) {
            return null;
        }
        ProductDetails details = new ProductDetails(name, category, size, colour, price);
        try {
            Product stored = existing ? catalog.change(sku, details, onSale) : catalog.add(sku, details);
            FieldMessages.info(stored.getSku() + (existing ? " is saved" : " is added")
                    + (stored.isActive() ? "." : "; it is no longer sold."));
            edit(stored);
            return null;
        } catch (ProblemException e) {
            FieldMessages.show(e, FIELDS);
            return null;
        }
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isActive() {
        return active;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }
}
