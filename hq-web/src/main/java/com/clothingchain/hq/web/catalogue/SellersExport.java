package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.control.RankingFile;
import com.clothingchain.hq.business.merchandise.entity.RankedUnits;
import com.clothingchain.hq.business.merchandise.entity.Ranking;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.web.reports.ExportFilter;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The Sellers page's exports: the whole ranking of its filter (by, from, to, branch, category, order), not only the page
 * shown, as CSV or Excel ({@link RankingFile}). Open to everybody who may open the page (web.xml); a bad filter is
 * answered 400 or 404 with the page's words.
 */
@WebServlet("/catalogue/sellers-export")
public class SellersExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MerchandiseReports reports;

    @Inject
    transient BranchRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = Optional.ofNullable(request.getParameter("format")).orElse("csv");
        Optional<Ranking> by = Ranking.of(Optional.ofNullable(request.getParameter("by")).orElse("style"));
        String order = Optional.ofNullable(request.getParameter("order")).orElse("best");
        if (!format.equals("csv") && !format.equals("xlsx") || by.isEmpty() || !order.equals("best") && !order.equals("worst")) {
            response.sendError(400, "format is csv or xlsx; by style, colour, size, category or branch; order best or worst.");
            return;
        }
        Optional<RevenueFilter> filter = ExportFilter.read(request, response, registry);
        if (filter.isEmpty()) {
            return;
        }
        List<RankedUnits> rows;
        try {
            rows = reports.ranking(filter.get(), by.get(), request.getParameter("category"), order.equals("best"), 0, Integer.MAX_VALUE);
        } catch (ProblemException e) {
            response.sendError(e.problem().status(), e.problem().detail());
            return;
        }
        String name = ExportFilter.name(order + "-" + by.get().parameter(), filter.get()) + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (format.equals("xlsx")) {
            response.setContentType(RankingFile.XLSX);
            RankingFile.xlsx(by.get(), rows, response.getOutputStream());
        } else {
            response.setContentType(RankingFile.CSV + ";charset=UTF-8");
            RankingFile.csv(rows, response.getOutputStream());
        }
    }
}
