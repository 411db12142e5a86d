package com.clothingchain.shared.faces;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldMessagesTest {

    @Test
    void aDetailThatStartsWithTheApiFieldStartsWithAWordAClerkKnows() {
        assertEquals("Quantity must be from 1 to 999.", FieldMessages.readable("lines[0].quantity", "lines[0].quantity must be from 1 to 999."));
        assertEquals("SKU is required.", FieldMessages.readable("sku", "sku is required."));
        assertEquals("Receipt number is required.", FieldMessages.readable("receiptNumber", "receiptNumber is required."));
    }

    @Test
    void anyOtherDetailIsShownAsItIs() {
        assertEquals("There is no receipt 1.", FieldMessages.readable("receiptNumber", "There is no receipt 1."));
        assertEquals("Only 1 can still be returned.", FieldMessages.readable(null, "Only 1 can still be returned."));
    }
}
