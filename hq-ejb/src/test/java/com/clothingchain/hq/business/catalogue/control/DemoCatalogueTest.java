package com.clothingchain.hq.business.catalogue.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCatalogueTest {

    @Test
    void demoBarcodesAreValidDistinctInStoreEan13s() {
        Set<String> seen = new HashSet<>();
        for (long n = 1; n <= 2000; n++) {
            String barcode = DemoCatalogue.ean13(n);
            assertEquals(13, barcode.length());
            assertTrue(barcode.startsWith("20") && Barcodes.isValid(barcode), barcode);
            assertTrue(seen.add(barcode), "twice: " + barcode);
        }
    }
}
