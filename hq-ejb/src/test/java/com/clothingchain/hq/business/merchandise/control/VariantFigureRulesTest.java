package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.contract.VariantDayFigures;
import com.clothingchain.contract.VariantDayReport;
import com.clothingchain.hq.business.merchandise.entity.VariantDay;
import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantFigureRulesTest {

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    private static VariantDayFigures v(String sku, int sold, String soldAmount, int returned, String returnedAmount, int lost,
                                       String lossValue, int onHand) {
        return new VariantDayFigures(sku, sold, m(soldAmount), returned, m(returnedAmount), lost, m(lossValue), onHand);
    }

    private static VariantDayReport day(String revenue, String loss, String rounding, VariantDayFigures... variants) {
        return new VariantDayReport(1, m(revenue), m(loss), m(rounding), new ArrayList<>(Arrays.asList(variants)));
    }

    private static ProblemException refused(VariantDayReport report) {
        return assertThrows(ProblemException.class, () -> VariantFigureRules.of(report));
    }

    @Test
    void figuresThatAddUpToTheCentAreTakenInSkuOrder() {
        VariantDay day = VariantFigureRules.of(day("119.9", "79.90", "0.02",
                v(" TSH-M ", 3, "59.97", 1, "19.99", 0, "0", -2),
                v("JNS-32", 1, "79.90", 0, "0.00", 1, "79.9", 4)));
        assertEquals(List.of("JNS-32", "TSH-M"), day.variants().stream().map(VariantDayFigures::sku).toList());
        assertEquals(m("119.90"), day.revenue());
        assertEquals(2, day.variants().get(0).lossValue().scale());
        assertEquals(-2, day.variants().get(1).onHand(), "a branch may have sold more than it had on record");
    }

    @Test
    void aDayWithoutMovementsIsAnEmptyList() {
        assertTrue(VariantFigureRules.of(day("0.00", "0.00", "0.00")).variants().isEmpty());
    }

    @Test
    void sumsThatDoNotAddUpAreUnprocessableNamingVariants() {
        ProblemException revenue = refused(day("119.91", "79.90", "0.02",
                v("TSH-M", 3, "59.97", 1, "19.99", 0, "0.00", 7), v("JNS-32", 1, "79.90", 0, "0.00", 1, "79.90", 4)));
        assertEquals(422, revenue.problem().status());
        assertEquals("variants", revenue.problem().field());
        ProblemException loss = refused(day("10.00", "1.00", "0.00", v("TSH-M", 1, "10.00", 0, "0.00", 1, "0.99", 7)));
        assertEquals(422, loss.problem().status());
        ProblemException twice = refused(day("20.00", "0.00", "0.00",
                v("TSH-M", 1, "10.00", 0, "0.00", 0, "0.00", 7), v(" TSH-M", 1, "10.00", 0, "0.00", 0, "0.00", 7)));
        assertEquals(422, twice.problem().status());
        assertEquals("variants", twice.problem().field());
    }

    @Test
    void malformedFieldsAreRefusedAllAtOnceEachNamed() {
        List<VariantDayFigures> variants = new ArrayList<>();
        variants.add(v("", -1, "1.001", 0, "-1.00", -3, "0.00", 0));
        variants.add(null);
        variants.add(new VariantDayFigures("X".repeat(65), 0, null, 0, m("0"), 0, m("0"), 0));
        ProblemException refusal = refused(new VariantDayReport(0, m("1.5"), m("-1"), null, variants));
        assertEquals(400, refusal.problem().status());
        List<String> fields = refusal.problems().stream().map(Problem::field).toList();
        assertEquals(List.of("revision", "loss", "rounding", "variants[0].sku", "variants[0].sold", "variants[0].lost",
                "variants[0].soldAmount", "variants[0].returnedAmount", "variants[1]", "variants[2].sku", "variants[2].soldAmount"), fields);
        assertEquals("variants", refused(new VariantDayReport(1, m("0"), m("0"), m("0"), null)).problem().field());
        assertEquals("variants[0].sku", refused(day("0", "0", "0", v("A\u0000B", 0, "0", 0, "0", 0, "0", 0))).problem().field());
    }

    @Test
    void theSameFiguresCompareEqualWhateverTheirOrderAndScale() {
        VariantDay a = VariantFigureRules.of(day("20.00", "0.00", "0.00",
                v("A", 1, "10.00", 0, "0.00", 0, "0.00", 1), v("B", 1, "10.00", 0, "0.00", 0, "0.00", 1)));
        VariantDay b = VariantFigureRules.of(day("20", "0", "0",
                v("B", 1, "10", 0, "0", 0, "0", 1), v("A", 1, "10.0", 0, "0", 0, "0", 1)));
        assertTrue(a.sameFiguresAs(b));
        VariantDay c = VariantFigureRules.of(day("20", "0", "0",
                v("B", 1, "10", 0, "0", 0, "0", 2), v("A", 1, "10.0", 0, "0", 0, "0", 1)));
        assertFalse(a.sameFiguresAs(c), "another onHand is other figures");
    }
}
