package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.reports.control.RevenueCsv;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.control.RevenueXlsx;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
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
        Optional<RevenueFilter> read = ExportFilter.read(request, response, registry);
        if (read.isEmpty()) {
            return;
        }
        RevenueFilter filter = read.get();
        String name = ExportFilter.name("daily-revenue", filter);
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
