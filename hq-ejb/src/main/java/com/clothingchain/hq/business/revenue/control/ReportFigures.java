package com.clothingchain.hq.business.revenue.control;

import com.clothingchain.contract.DailyRevenueReport;
import com.clothingchain.hq.business.revenue.entity.Figures;
import com.clothingchain.hq.business.tills.control.TillRules;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static com.clothingchain.shared.problem.Fields.required;

/**
 * The checks on a daily report as a branch sends it, each refusal naming its field. Version 1 (no
 * {@code reportVersion}, or 1): revenue, loss (not negative) and transactionCount (not negative), amounts with at most
 * two decimals, revision 1 or more (1 if absent); it may not carry the till figures. Version 2 adds {@code tenders}
 * (required, may be empty; codes well-formed as {@link TillRules#CODE}, known to HQ or not, since a branch may take a
 * tender HQ deactivated since; any sign), {@code taxTotal} and {@code refunds} (required; refunds not negative) and
 * {@code cashVariance} (optional: null when no till was counted). Other versions are refused.
 */
public final class ReportFigures {

    public static final int MAX_TENDERS = 50;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999");

    private ReportFigures() {
    }

    public static Figures of(DailyRevenueReport report) {
        required("body", report);
        BigDecimal revenue = amount("revenue", report.revenue());
        BigDecimal loss = amount("loss", report.loss());
        if (loss.signum() < 0) {
            throw ProblemException.unprocessable("loss", "loss must not be negative.");
        }
        int count = required("transactionCount", report.transactionCount());
        if (count < 0) {
            throw ProblemException.unprocessable("transactionCount", "transactionCount must not be negative.");
        }
        int revision = report.revision() == null ? 1 : report.revision();
        if (revision < 1) {
            throw ProblemException.unprocessable("revision", "revision must be 1 or more.");
        }
        int version = report.reportVersion() == null ? 1 : report.reportVersion();
        if (version == 1) {
            if (report.tenders() != null || report.taxTotal() != null || report.refunds() != null || report.cashVariance() != null) {
                throw ProblemException.unprocessable("reportVersion", "tenders, taxTotal, refunds and cashVariance come with reportVersion "
                        + DailyRevenueReport.WITH_TILLS + ".");
            }
            return new Figures(revenue, loss, count, revision);
        }
        if (version != DailyRevenueReport.WITH_TILLS) {
            throw ProblemException.unprocessable("reportVersion", "HQ takes report versions 1 and " + DailyRevenueReport.WITH_TILLS + ".");
        }
        Map<String, BigDecimal> tenders = tenders(required("tenders", report.tenders()));
        BigDecimal taxTotal = amount("taxTotal", report.taxTotal());
        BigDecimal refunds = amount("refunds", report.refunds());
        if (refunds.signum() < 0) {
            throw ProblemException.unprocessable("refunds", "refunds must not be negative.");
        }
        BigDecimal cashVariance = report.cashVariance() == null ? null : amount("cashVariance", report.cashVariance());
        return new Figures(revenue, loss, count, revision, version, tenders, taxTotal, refunds, cashVariance);
    }

    private static Map<String, BigDecimal> tenders(Map<String, BigDecimal> given) {
        if (given.size() > MAX_TENDERS) {
            throw ProblemException.unprocessable("tenders", "A report names at most " + MAX_TENDERS + " tenders.");
        }
        Map<String, BigDecimal> tenders = new TreeMap<>();
        for (var entry : given.entrySet()) {
            if (!TillRules.wellFormedTender(entry.getKey())) {
                throw ProblemException.unprocessable("tenders", "A tender code is 1 to 16 of A-Z, 0-9, _ and -, such as CASH.");
            }
            tenders.put(entry.getKey(), amount("tenders." + entry.getKey(), entry.getValue()));
        }
        return tenders;
    }

    private static BigDecimal amount(String field, BigDecimal value) {
        required(field, value);
        if (!Money.hasAtMostTwoDecimals(value)) {
            throw ProblemException.unprocessable(field, field + " must have at most two decimals.");
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            throw ProblemException.unprocessable(field, field + " is too large.");
        }
        return Money.of(value);
    }
}
