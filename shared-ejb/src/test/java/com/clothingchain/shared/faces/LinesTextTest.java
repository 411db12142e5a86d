package com.clothingchain.shared.faces;

import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinesTextTest {

    @Test
    void readsLinesAsASheetPastesThemSkippingBlankOnes() {
        List<LinesText.Entry> entries = LinesText.parse("lines", "WT-01-M-BLA\t12\r\n\n  2000000000015, 3 \nTSH-RED-M;1", "X 1");
        assertEquals(List.of(new LinesText.Entry("WT-01-M-BLA", new BigDecimal("12")), new LinesText.Entry("2000000000015", new BigDecimal("3")),
                new LinesText.Entry("TSH-RED-M", BigDecimal.ONE)), entries);
        assertEquals(List.of(), LinesText.parse("lines", "  \n ", "X 1"));
        assertEquals(List.of(), LinesText.parse("lines", null, "X 1"));
    }

    @Test
    void refusesALineThatIsNotACodeAndWholeUnitsNamingItsNumber() {
        for (String wrong : List.of("WT-01-M-BLA", "WT-01-M-BLA 1.5", "WT-01-M-BLA -2", "WT-01-M-BLA 12 extra", "12 WT-01-M-BLA",
                "WT-01-M-BLA 1234567")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> LinesText.parse("lines", "TSH-RED-M 1\n" + wrong, "X 1"),
                    wrong);
            assertEquals("lines", refused.problem().field(), wrong);
            assertEquals(400, refused.problem().status());
            assertTrue(refused.getMessage().startsWith("Line 2 ("), refused.getMessage());
        }
    }
}
