package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogueCsvTest {

    private static final String FILE = """
            \uFEFFstyle_code,style_name,category,season,sku,barcode,size,colour,currency,price
            TEE,Crew tee,TOPS,SS27,TEE-S-WHT,4006381333931,S,white,USD,19.99
            TEE,Crew tee,TOPS,SS27,TEE-S-WHT,4006381333931,S,white,EUR,18.50

            TEE,Crew tee,TOPS,SS27,TEE-M-WHT,036000291452,M,white,USD,19.99
            "JNS","Jeans, straight",BOTTOMS,,JNS-32-BLU,96385074,32,blue,USD,abc
            """;

    @Test
    void rowsBecomeStylesWithTheirVariantsAndPricesInFileOrder() {
        CatalogueCsv.Parsed parsed = CatalogueCsv.read(new StringReader(FILE));
        assertEquals(4, parsed.rows(), "blank lines are no rows");
        assertEquals(2, parsed.styles().size());
        CatalogueCsv.ImportedStyle tee = parsed.styles().get(0);
        assertEquals("TEE", tee.code());
        assertEquals("Crew tee", tee.input().name());
        assertEquals(2, tee.input().variants().size());
        assertEquals(2, tee.input().variants().get(0).prices().size());
        assertEquals(new BigDecimal("18.50"), tee.input().variants().get(0).prices().get(1).price());
        assertEquals("Jeans, straight", parsed.styles().get(1).input().name());
    }

    @Test
    void refusalsAreNamedByTheirRowAsASpreadsheetShowsIt() {
        CatalogueCsv.Parsed parsed = CatalogueCsv.read(new StringReader(FILE));
        assertEquals("rows[5].price", parsed.refusals().get(0).problem().field(), "a price that is no number, on row 5");
        CatalogueCsv.ImportedStyle tee = parsed.styles().get(0);
        assertEquals("rows[4].barcode", tee.inFile(new Problem(409, "Conflict", "taken", "variants[1].barcode", null)).problem().field());
        assertEquals("rows[3].price", tee.inFile(new Problem(400, "Bad Request", "bad", "variants[0].prices[1].price", null)).problem().field());
        assertEquals("rows[2].style_name", tee.inFile(new Problem(400, "Bad Request", "required", "name", null)).problem().field());
        assertFalse(parsed.refusals().isEmpty());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CatalogueCsv.read(new StringReader("sku,price\nX,1\n")));
        assertEquals("file", refused.problem().field());
    }
}
