package com.clothingchain.branch.web.products;

import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.control.CatalogueReplica;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.pages.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** The product list (/products/index.xhtml), a page at a time: everybody searches and follows a row to its product. */
@Named("products")
@ViewScoped
public class ProductsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Inject
    CatalogueReplica replica;

    private String text;
    private boolean withInactive;
    private final LazyDataModel<Product> found = new LazyRows<>(() -> catalog.count(text, !withInactive),
            (first, size) -> catalog.search(text, !withInactive, first, size), Product::getSku);

    public long getCatalogueVersion() {
        return replica.state().version();
    }

    public LazyDataModel<Product> getFound() {
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
