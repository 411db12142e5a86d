package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.products.control.SizeOrder;
import com.clothingchain.branch.products.entity.Product;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A style offered for what a clerk types: its size x colour grid of the variants still sold, each cell a
 * button that adds that variant. A product of the branch's own, from before the catalogue, is a style of one.
 */
public record StyleChoice(String code, String name, List<String> sizes, List<ColourRow> rows) implements Serializable {

    /** A colour and its cell per size, null where the style has no such variant. */
    public record ColourRow(String colour, List<Cell> cells) implements Serializable {
    }

    public record Cell(String sku, String size, String colour, BigDecimal price) implements Serializable {
    }

    /** The styles of these products, in the order the products come, each with the grid of its own products. */
    static List<StyleChoice> of(List<Product> products) {
        Map<String, List<Product>> byStyle = new LinkedHashMap<>();
        for (Product p : products) {
            byStyle.computeIfAbsent(p.getStyleCode() != null ? p.getStyleCode() : p.getSku(), key -> new ArrayList<>()).add(p);
        }
        List<StyleChoice> choices = new ArrayList<>();
        byStyle.forEach((code, variants) -> {
            List<String> sizes = variants.stream().map(Product::getSize).distinct().sorted(SizeOrder.INSTANCE).toList();
            List<String> colours = variants.stream().map(Product::getColour).distinct().toList();
            List<ColourRow> rows = colours.stream().map(colour -> new ColourRow(colour, sizes.stream()
                    .map(size -> variants.stream().filter(v -> v.getColour().equals(colour) && v.getSize().equals(size)).findFirst()
                            .map(v -> new Cell(v.getSku(), size, colour, v.getPrice())).orElse(null))
                    .toList())).toList();
            choices.add(new StyleChoice(Objects.requireNonNullElse(variants.get(0).getStyleCode(), variants.get(0).getSku()),
                    variants.get(0).getName(), sizes, rows));
        });
        return choices;
    }
}
