package com.clothingchain.branch.web.products;

import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a product from what a clerk typed into a product field: a SKU, a suggestion picked from the list
 * ("TSH-RED-M · T-shirt (M, red) · 14.99"), or a part of a name that only one product has.
 */
@Named
@RequestScoped
public class ProductPicker {

    public static final String FIELD = "product";
    private static final String SEPARATOR = " · ";
    private static final int SUGGESTIONS = 15;

    @Inject
    Catalog catalog;

    /** Suggestions for a write-off: any product, also one no longer sold. */
    public List<String> suggestAny(String text) {
        return catalog.search(text, false).stream().limit(SUGGESTIONS).map(ProductPicker::suggestion).toList();
    }

    /** Products still sold whose SKU or name contains the text. */
    public List<Product> sold(String text) {
        return catalog.search(text, true);
    }

    /**
     * The first {@code styles} styles that have a product still sold matching the text, with all their variants still
     * sold (a branch's own product from before the catalogue is a style of its own).
     */
    public List<Product> soldStyles(String text, int styles) {
        List<Product> found = sold(text);
        List<String> keys = found.stream().map(ProductPicker::styleOf).distinct().limit(styles).toList();
        Map<String, List<Product>> variants = catalog.ofStyles(found.stream().filter(p -> keys.contains(styleOf(p)))
                .map(Product::getStyleCode).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.groupingBy(Product::getStyleCode));
        return keys.stream().flatMap(key -> variants.containsKey(key) ? variants.get(key).stream()
                : found.stream().filter(p -> p.getStyleCode() == null && p.getSku().equals(key))).toList();
    }

    private static String styleOf(Product product) {
        return product.getStyleCode() != null ? product.getStyleCode() : product.getSku();
    }

    public static String suggestion(Product product) {
        return product.getSku() + SEPARATOR + product.getName() + " (" + product.getSize() + ", " + product.getColour() + ")"
                + SEPARATOR + product.getPrice().toPlainString();
    }

    /** The product meant, or a refusal for the field {@value #FIELD}. */
    public Product pick(String text, boolean activeOnly) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest(FIELD, "Scan a barcode, type a SKU or a name, or pick a product from the list.");
        }
        String typed = text.trim();
        int separator = typed.indexOf(SEPARATOR);
        String code = separator > 0 ? typed.substring(0, separator) : typed;
        Optional<Product> bySku = catalog.byCode(code);
        if (bySku.isPresent()) {
            if (activeOnly && !bySku.get().isActive()) {
                throw ProblemException.unprocessable(FIELD, bySku.get().getSku() + " is no longer sold.");
            }
            return bySku.get();
        }
        List<Product> matches = catalog.search(typed, activeOnly);
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw ProblemException.unprocessable(FIELD, matches.isEmpty()
                ? "No product has the SKU or name \"" + typed + "\"."
                : matches.size() + " products match \"" + typed + "\": pick one from the list.");
    }
}
