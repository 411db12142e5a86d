package com.clothingchain.hq.api.merchandise.boundary;

import com.clothingchain.hq.api.support.ReportRequests;
import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.merchandise.entity.VariantCheck;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The check of each branch-date's per-variant figures against its daily report: matches, differs (by how much), or no
 * daily report. Paged in the database, the total in {@code X-Total-Count}.
 */
@Path("variant-figures/checks")
@Produces(MediaType.APPLICATION_JSON)
public class VariantChecksResource {

    @Inject
    MerchandiseReports reports;

    @Inject
    BranchRegistry registry;

    @GET
    @RolesAllowed(HqAccounts.MANAGER)
    @Operation(summary = "For each branch and business date from..to (at most " + RevenueFilter.MAX_DAYS + " days) with per-variant"
            + " figures, in date and branch order: their revenue and loss against the daily report's (status MATCHES, DIFFERS or"
            + " DAY_REPORT_MISSING; differences are figures minus report). status= only those; offset and limit (at most 1000) page them.")
    @APIResponse(responseCode = "200", description = "A page of checks; the total in X-Total-Count")
    @APIResponse(responseCode = "400", description = "from, to, status, offset or limit malformed (the problem names the field)")
    @APIResponse(responseCode = "404", description = "No branch with this code (field branch)")
    @APIResponse(responseCode = "422", description = "from after to, or more than " + RevenueFilter.MAX_DAYS + " days (field to)")
    public Response checks(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("branch") String branch,
                           @QueryParam("status") String status, @QueryParam("offset") @DefaultValue("0") String offset,
                           @QueryParam("limit") @DefaultValue("100") String limit) {
        RevenueFilter filter = ReportRequests.filter(registry, from, to, branch);
        CheckStatus only = status(status);
        int first = Fields.integer("offset", offset, 0, Integer.MAX_VALUE);
        int count = Fields.integer("limit", limit, 1, 1000);
        List<Check> page = reports.checks(filter, only, first, count).stream().map(Check::of).toList();
        return Response.ok(page).header("X-Total-Count", reports.countChecks(filter, only)).build();
    }

    private static CheckStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CheckStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "status must be one of " + Arrays.toString(CheckStatus.values()) + ".");
        }
    }

    /** One branch-date's check; the daily report's figures and the differences are null when it is missing. */
    @JsonbNillable
    public record Check(String branchCode, LocalDate businessDate, String currency, CheckStatus status, int revision, int variants,
                        Instant receivedAt, BigDecimal revenue, BigDecimal loss, BigDecimal dayRevenue, BigDecimal dayLoss,
                        BigDecimal revenueDifference, BigDecimal lossDifference) {

        static Check of(VariantCheck c) {
            return new Check(c.branchCode(), c.businessDate(), c.currency(), c.status(), c.revision(), c.variants(), c.receivedAt(),
                    c.revenue(), c.loss(), c.dayRevenue(), c.dayLoss(), c.revenueDifference(), c.lossDifference());
        }
    }
}
