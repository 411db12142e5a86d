package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The filter of a report export ({@code from}, {@code to}, {@code branch}), by the page's rules; a bad one is answered 400 or 404. */
public final class ExportFilter {

    private ExportFilter() {
    }

    /** The request's filter, or empty once the refusal is sent. */
    public static Optional<RevenueFilter> read(HttpServletRequest request, HttpServletResponse response, BranchRegistry registry)
            throws IOException {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(request.getParameter("from"));
            to = LocalDate.parse(request.getParameter("to"));
        } catch (DateTimeParseException | NullPointerException e) {
            response.sendError(400, "from and to must be dates as YYYY-MM-DD.");
            return Optional.empty();
        }
        String branch = request.getParameter("branch");
        RevenueFilter filter;
        try {
            filter = new RevenueFilter(from, to, branch);
        } catch (ProblemException e) {
            response.sendError(400, e.problem().detail());
            return Optional.empty();
        }
        if (filter.branch().isPresent() && registry.find(filter.branchCode()).isEmpty()) {
            response.sendError(404, "No branch " + branch + ".");
            return Optional.empty();
        }
        return Optional.of(filter);
    }

    /** The file name for the filter: {@code prefix-from-to[-branch]}. */
    public static String name(String prefix, RevenueFilter filter) {
        return prefix + "-" + filter.from() + "-" + filter.to() + filter.branch().map(code -> "-" + code).orElse("");
    }
}
