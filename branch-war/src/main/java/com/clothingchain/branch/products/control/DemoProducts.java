package com.clothingchain.branch.products.control;

import com.clothingchain.branch.products.entity.ProductDetails;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** The demo shop's range, added in demo mode when the branch has no products yet. */
@Stateless
public class DemoProducts {

    private static final Map<String, ProductDetails> RANGE = new TreeMap<>(Map.ofEntries(
            demo("TSH-RED-M", "T-shirt", "Tops", "M", "red", "14.99"),
            demo("TSH-RED-L", "T-shirt", "Tops", "L", "red", "14.99"),
            demo("TSH-BLU-M", "T-shirt", "Tops", "M", "blue", "14.99"),
            demo("HOD-GRY-L", "Hoodie", "Tops", "L", "grey", "39.90"),
            demo("JNS-IND-32", "Slim jeans", "Trousers", "32", "indigo", "59.00"),
            demo("JNS-BLK-34", "Straight jeans", "Trousers", "34", "black", "64.50"),
            demo("CHN-BEI-32", "Chinos", "Trousers", "32", "beige", "45.00"),
            demo("DRS-GRN-S", "Summer dress", "Dresses", "S", "green", "49.95"),
            demo("JKT-NAV-M", "Rain jacket", "Outerwear", "M", "navy", "89.00"),
            demo("SCF-WOL-OS", "Wool scarf", "Accessories", "one size", "charcoal", "19.99"),
            demo("SCK-WHT-42", "Socks, 3 pairs", "Accessories", "39-42", "white", "8.99"),
            demo("SNK-WHT-42", "Canvas sneakers", "Shoes", "42", "white", "54.90")));

    @Inject
    Catalog catalog;

    public void addIfEmpty() {
        if (catalog.search(null, false).isEmpty()) {
            RANGE.forEach(catalog::add);
        }
    }

    private static Map.Entry<String, ProductDetails> demo(String sku, String name, String category, String size, String colour,
                                                          String price) {
        return Map.entry(sku, new ProductDetails(name, category, size, colour, new BigDecimal(price)));
    }
}
