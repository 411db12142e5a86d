package com.clothingchain.branch.products.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SizeOrderTest {

    private static List<String> sorted(String... sizes) {
        List<String> list = new ArrayList<>(List.of(sizes));
        list.sort(SizeOrder.INSTANCE);
        return list;
    }

    @Test
    void letterSizesAsWornNumbersByValueTheRestAlphabetically() {
        assertEquals(List.of("XS", "S", "M", "L", "XL", "2XL"), sorted("L", "2XL", "S", "XL", "M", "XS"));
        assertEquals(List.of("28", "30", "32", "34/32", "40"), sorted("32", "40", "28", "34/32", "30"));
        assertEquals(List.of("S", "M", "39-42", "43-46", "ONE", "one size"), sorted("one size", "43-46", "M", "ONE", "39-42", "S"));
        assertEquals(List.of("6.5", "7", "10"), sorted("10", "7", "6.5"));
    }
}
