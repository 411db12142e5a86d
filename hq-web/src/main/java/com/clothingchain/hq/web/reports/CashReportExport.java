package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.reports.control.CashCsv;
import com.clothingchain.hq.business.reports.control.RevenueCsv;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The cash and tenders report as CSV, streamed from the database a chunk at a time in date and branch order, a column
 * per tender the filter's reports name. Same filter rules as the page; protected like every report page.
 */
@WebServlet("/reports/cash-export")
public class CashReportExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RevenueReports reports;

    @Inject
    transient BranchRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(request.getParameter("from"));
            to = LocalDate.parse(request.getParameter("to"));
        } catch (DateTimeParseException | NullPointerException e) {
            response.sendError(400, "from and to must be dates as YYYY-MM-DD.");
            return;
        }
        String branch = request.getParameter("branch");
        RevenueFilter filter;
        try {
            filter = new RevenueFilter(from, to, branch);
        } catch (ProblemException e) {
            response.sendError(400, e.problem().detail());
            return;
        }
        if (filter.branch().isPresent() && registry.find(filter.branchCode()).isEmpty()) {
            response.sendError(404, "No branch " + branch + ".");
            return;
        }
        List<String> tenders = RevenueReports.tenderColumns(reports.cashTotals(filter));
        String name = "cash-" + from + "-" + to + (filter.branch().map(code -> "-" + code).orElse(""));
        response.setContentType(RevenueCsv.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        var writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        var csv = new CashCsv(writer, tenders);
        reports.forEachRow(filter, csv::write);
        writer.flush();
    }
}
