package com.clothingchain.hq.business.revenue.control;

import com.clothingchain.contract.DailyRevenueReport;
import com.clothingchain.hq.business.revenue.entity.Figures;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFiguresTest {

    private static BigDecimal d(String amount) {
        return new BigDecimal(amount);
    }

    private static DailyRevenueReport v2(Map<String, BigDecimal> tenders, String tax, String refunds, String variance) {
        return new DailyRevenueReport(d("100.00"), d("1.00"), 5, 1, 2, tenders, tax == null ? null : d(tax),
                refunds == null ? null : d(refunds), variance == null ? null : d(variance));
    }

    private static void refused(int status, String field, DailyRevenueReport report) {
        ProblemException e = assertThrows(ProblemException.class, () -> ReportFigures.of(report));
        assertEquals(status, e.problem().status(), e.getMessage());
        assertEquals(field, e.problem().field(), e.getMessage());
    }

    @Test
    void aVersionOneReportIsTakenAsBefore() {
        Figures figures = ReportFigures.of(DailyRevenueReport.withoutTills(d("12.5"), d("0"), 3, null));
        assertEquals(d("12.50"), figures.revenue());
        assertEquals(1, figures.revision());
        assertEquals(1, figures.reportVersion());
        assertTrue(figures.tenders().isEmpty());
        assertNull(figures.taxTotal());
        assertEquals(1, ReportFigures.of(new DailyRevenueReport(d("1"), d("0"), 1, 1, 1, null, null, null, null)).reportVersion());
        refused(422, "reportVersion", new DailyRevenueReport(d("1"), d("0"), 1, 1, null, Map.of("CASH", d("1")), null, null, null));
        refused(422, "loss", DailyRevenueReport.withoutTills(d("1"), d("-1"), 1, null));
        refused(400, "revenue", DailyRevenueReport.withoutTills(null, d("0"), 1, null));
    }

    @Test
    void aVersionTwoReportCarriesItsTillFigures() {
        var tenders = new LinkedHashMap<String, BigDecimal>();
        tenders.put("CASH", d("40"));
        tenders.put("CARD", d("60.00"));
        tenders.put("OLD_VOUCHER", d("-0.5"));
        Figures figures = ReportFigures.of(v2(tenders, "16.67", "5.00", "-0.05"));
        assertEquals(2, figures.reportVersion());
        assertEquals(d("40.00"), figures.tenders().get("CASH"));
        assertEquals(d("-0.50"), figures.tenders().get("OLD_VOUCHER"), "any well-formed code, any sign");
        assertEquals("[CARD, CASH, OLD_VOUCHER]", figures.tenders().keySet().toString(), "kept in code order");
        assertEquals(d("-0.05"), figures.cashVariance());
        assertNull(ReportFigures.of(v2(Map.of(), "0", "0", null)).cashVariance(), "no till counted");
    }

    @Test
    void aVersionTwoReportIsRefusedNamingTheField() {
        refused(400, "tenders", v2(null, "1", "0", "0"));
        refused(400, "taxTotal", v2(Map.of(), null, "0", "0"));
        refused(400, "refunds", v2(Map.of(), "1", null, "0"));
        refused(422, "refunds", v2(Map.of(), "1", "-1", "0"));
        refused(422, "taxTotal", v2(Map.of(), "1.001", "0", "0"));
        refused(422, "cashVariance", v2(Map.of(), "1", "0", "0.001"));
        refused(422, "tenders.CASH", v2(Map.of("CASH", d("1.005")), "1", "0", "0"));
        refused(422, "tenders", v2(Map.of("cash", d("1")), "1", "0", "0"));
        refused(422, "tenders", v2(Map.of("A".repeat(17), d("1")), "1", "0", "0"));
        refused(422, "reportVersion", new DailyRevenueReport(d("1"), d("0"), 1, 1, 3, Map.of(), d("0"), d("0"), null));
        refused(422, "reportVersion", new DailyRevenueReport(d("1"), d("0"), 1, 1, 0, null, null, null, null));
    }

    @Test
    void theSameFiguresAreTheSameWhateverTheirScale() {
        Figures a = ReportFigures.of(v2(Map.of("CASH", d("1.5")), "0.2", "0", null));
        Figures b = new Figures(d("100.00"), d("1.00"), 5, 1, 2, Map.of("CASH", d("1.50")), d("0.20"), d("0.00"), null);
        assertTrue(a.sameAs(b));
        assertFalse(a.sameAs(new Figures(d("100.00"), d("1.00"), 5, 1, 2, Map.of("CASH", d("1.51")), d("0.20"), d("0.00"), null)));
        assertFalse(a.sameAs(new Figures(d("100.00"), d("1.00"), 5, 1, 2, Map.of("CARD", d("1.50")), d("0.20"), d("0.00"), null)));
        assertFalse(a.sameAs(new Figures(d("100.00"), d("1.00"), 5, 1, 2, Map.of("CASH", d("1.50")), d("0.20"), d("0.00"), d("0"))));
        assertFalse(a.sameAs(new Figures(d("100.00"), d("1.00"), 5, 1)), "a version 1 report is other figures");
        assertTrue(new Figures(d("1"), d("0"), 1, 1).sameAs(new Figures(d("1.00"), d("0.00"), 1, 1)));
    }
}
