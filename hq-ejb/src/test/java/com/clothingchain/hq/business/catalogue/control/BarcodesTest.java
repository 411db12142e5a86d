package com.clothingchain.hq.business.catalogue.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarcodesTest {

    @Test
    void acceptsRealCodesOfEachLength() {
        assertTrue(Barcodes.isValid("4006381333931"), "EAN-13");
        assertTrue(Barcodes.isValid("036000291452"), "UPC-A");
        assertTrue(Barcodes.isValid("96385074"), "EAN-8");
    }

    @Test
    void refusesAWrongCheckDigitOrLengthOrLetters() {
        assertFalse(Barcodes.isValid("4006381333932"));
        assertFalse(Barcodes.isValid("036000291453"));
        assertFalse(Barcodes.isValid("96385075"));
        assertFalse(Barcodes.isValid("400638133393"), "12 digits whose last is not their check digit");
        assertFalse(Barcodes.isValid("40063813339311"), "14 digits");
        assertFalse(Barcodes.isValid("400638133393A"));
        assertFalse(Barcodes.isValid(""));
        assertFalse(Barcodes.isValid(null));
    }

    @Test
    void anUpcAndItsEan13AreOneGtin() {
        assertEquals(Barcodes.gtin("036000291452"), Barcodes.gtin("0036000291452"));
        assertEquals("00000096385074", Barcodes.gtin("96385074"));
    }

    @Test
    void theCheckDigitCompletesACode() {
        assertEquals(1, Barcodes.checkDigit("400638133393"));
        assertEquals(2, Barcodes.checkDigit("03600029145"));
    }

    @Test
    void inStoreCodesAreValidEan13sInPrefix2() {
        assertEquals("2000000000008", Barcodes.inStore(0));
        String code = Barcodes.inStore(12_345_678_901L);
        assertEquals("2123456789016".substring(0, 12), code.substring(0, 12));
        assertTrue(Barcodes.isValid(code), code);
        assertEquals(13, Barcodes.inStore(99_999_999_999L).length());
    }
}
