package com.clothingchain.branch.products.control;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.products.entity.ProductDetails;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo shop's own range from before the chain's catalogue, added in demo mode when the branch has no products
 * yet: it stands for the products an existing branch carries over (read-only, sellable, not from HQ).
 */
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

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    Clock clock;

    public void addIfEmpty() {
        if (catalog.count(null, false) == 0) {
            RANGE.forEach((sku, details) -> em.persist(new Product(sku, details, clock.instant())));
        }
    }

    private static Map.Entry<String, ProductDetails> demo(String sku, String name, String category, String size, String colour,
                                                          String price) {
        return Map.entry(sku, new ProductDetails(name, category, size, colour, new BigDecimal(price)));
    }
}
