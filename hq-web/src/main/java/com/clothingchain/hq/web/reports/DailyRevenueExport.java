package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.reports.control.RevenueCsv;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.control.RevenueXlsx;
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

/**
 * The daily revenue table's CSV and Excel exports, streamed from the database a chunk at a time in date and
 * branch order (the table's sort does not apply). Same filter rules as the table; protected like every page.
 */
@WebServlet("/reports/daily-revenue-export")
public class DailyRevenueExport extends HttpServlet {

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
        String name = "daily-revenue-" + from + "-" + to + (filter.branch().map(code -> "-" + code).orElse(""));
        if ("xlsx".equals(request.getParameter("format"))) {
            response.setContentType(RevenueXlsx.MEDIA_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            try (var sheet = new RevenueXlsx(response.getOutputStream())) {
                reports.forEachRow(filter, sheet::write);
            }
            return;
        }
        response.setContentType(RevenueCsv.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        var writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        var csv = new RevenueCsv(writer);
        reports.forEachRow(filter, csv::write);
        writer.flush();
    }
}
