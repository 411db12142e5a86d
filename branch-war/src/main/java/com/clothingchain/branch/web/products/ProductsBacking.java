package com.clothingchain.branch.web.products;

import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The product list (/products/index.xhtml): everybody searches; managers follow a row to its editing page. */
@Named("products")
@ViewScoped
public class ProductsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    private String text;
    private boolean withInactive;
    private transient List<Product> found;

    public void search() {
        found = null;
    }

    public List<Product> getFound() {
        if (found == null) {
            found = catalog.search(text, !withInactive);
        }
        return found;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isWithInactive() {
        return withInactive;
    }

    public void setWithInactive(boolean withInactive) {
        this.withInactive = withInactive;
    }
}
