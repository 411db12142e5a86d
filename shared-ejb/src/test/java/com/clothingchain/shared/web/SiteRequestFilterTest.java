package com.clothingchain.shared.web;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which paths take the larger upload limit: as written, a {@code *} being exactly one path segment. */
class SiteRequestFilterTest {

    @Test
    void anUploadPathMatchesAsWrittenWithEachStarOneSegment() {
        Pattern figures = SiteRequestFilter.pathPattern("/v1/branches/*/variant-figures/*");
        assertTrue(figures.matcher("/v1/branches/B001/variant-figures/2026-11-30").matches());
        assertFalse(figures.matcher("/v1/branches/B001/variant-figures/2026-11-30/x").matches());
        assertFalse(figures.matcher("/v1/branches/B001/x/variant-figures/2026-11-30").matches());
        assertFalse(figures.matcher("/v1/branches//variant-figures/2026-11-30").matches());
        assertFalse(figures.matcher("/v1/branches/B001/daily-revenue/2026-11-30").matches());

        Pattern imports = SiteRequestFilter.pathPattern("/v1/catalogue/imports");
        assertTrue(imports.matcher("/v1/catalogue/imports").matches());
        assertFalse(imports.matcher("/v1/catalogue/importsX").matches());
        assertFalse(SiteRequestFilter.pathPattern("/a.b").matcher("/aXb").matches(), "a dot is a dot");
    }
}
