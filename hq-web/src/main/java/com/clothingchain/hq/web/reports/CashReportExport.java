package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.reports.control.CashCsv;
import com.clothingchain.hq.business.reports.control.RevenueCsv;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.control.SessionsCsv;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.tills.control.TillSessions;
import com.clothingchain.hq.business.tills.entity.SessionFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.List;

/**
 * The cash and tenders report as CSV, streamed from the database a chunk at a time in date and branch order, a column
 * per tender the filter's reports name; with {@code part=sessions} (and optionally {@code clerk=}) the till sessions
 * behind it instead, in date, branch and Z number order. Same filter rules as the page; protected like every report page.
 */
@WebServlet("/reports/cash-export")
public class CashReportExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RevenueReports reports;

    @Inject
    transient BranchRegistry registry;

    @Inject
    transient TillSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RevenueFilter> read = ExportFilter.read(request, response, registry);
        if (read.isEmpty()) {
            return;
        }
        RevenueFilter filter = read.get();
        String part = request.getParameter("part");
        if ("sessions".equals(part)) {
            var of = new SessionFilter(filter, request.getParameter("clerk"));
            var writer = attachment(response, ExportFilter.name("cash-sessions", filter)
                    + of.clerkName().map(c -> "-" + c.replaceAll("[^A-Za-z0-9_.-]", "_")).orElse(""));
            var csv = new SessionsCsv(writer);
            sessions.forEachSession(of, csv::write);
            writer.flush();
            return;
        }
        if (part != null) {
            response.sendError(400, "part must be sessions, or absent for the days.");
            return;
        }
        List<String> tenders = RevenueReports.tenderColumns(reports.cashTotals(filter));
        var writer = attachment(response, ExportFilter.name("cash", filter));
        var csv = new CashCsv(writer, tenders);
        reports.forEachRow(filter, csv::write);
        writer.flush();
    }

    private static BufferedWriter attachment(HttpServletResponse response, String name) throws IOException {
        response.setContentType(RevenueCsv.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
