package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.products.entity.ProductDetails;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StyleChoiceTest {

    private static Product variant(String style, String size, String colour) {
        Product p = new Product(style + "-" + size + "-" + colour, new ProductDetails("Linen shirt", "Tops", size, colour,
                new BigDecimal("24.00")), Instant.EPOCH);
        p.replicate(1, null, style, null, p.details(), true);
        return p;
    }

    @Test
    void aStyleIsAGridOfColoursBySizesInTheOrderTheyAreWorn() {
        List<StyleChoice> choices = StyleChoice.of(List.of(variant("LIN", "L", "navy"), variant("LIN", "S", "navy"),
                variant("LIN", "M", "white"), new Product("SCF-RED-OS", new ProductDetails("Scarf", "Accessories", "one size", "red",
                        new BigDecimal("9.99")), Instant.EPOCH)));
        assertEquals(2, choices.size());
        StyleChoice linen = choices.get(0);
        assertEquals("LIN", linen.code());
        assertEquals(List.of("S", "M", "L"), linen.sizes());
        assertEquals(List.of("navy", "white"), linen.rows().stream().map(StyleChoice.ColourRow::colour).toList());
        List<StyleChoice.Cell> navy = linen.rows().get(0).cells();
        assertEquals(Arrays.asList("LIN-S-navy", null, "LIN-L-navy"), navy.stream().map(c -> c == null ? null : c.sku()).toList());
        assertNull(linen.rows().get(1).cells().get(0), "no white S");
        assertEquals("SCF-RED-OS", choices.get(1).code(), "a branch's own product is a style of one");
        assertEquals(1, choices.get(1).rows().get(0).cells().size());
    }
}
