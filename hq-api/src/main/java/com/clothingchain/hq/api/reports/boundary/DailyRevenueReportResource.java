package com.clothingchain.hq.api.reports.boundary;

import com.clothingchain.hq.api.support.ReportRequests;
import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.reports.control.RevenueCsv;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The chain's daily reports for managers' own tools: JSON or CSV, streamed from the database. */
@Path("daily-revenue")
public class DailyRevenueReportResource {

    @Inject
    RevenueReports reports;

    @Inject
    BranchRegistry registry;

    @GET
    @RolesAllowed(HqAccounts.MANAGER)
    @Produces({MediaType.APPLICATION_JSON, RevenueCsv.MEDIA_TYPE})
    @Operation(summary = "Daily reports of all branches, or one, for business dates from..to (at most "
            + RevenueFilter.MAX_DAYS + " days), in date and branch order. Accept: text/csv gives CSV.",
            description = "Each row's revenue and loss are in its branch's currency (field currency, ISO 4217; the"
                    + " last CSV column). Branches may have different currencies: add amounts only within one currency.")
    @APIResponse(responseCode = "200", description = "The reports", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRow[].class)),
            @Content(mediaType = RevenueCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "from or to missing or not a date (the problem names the field)")
    @APIResponse(responseCode = "404", description = "No branch with this code (field branch)")
    @APIResponse(responseCode = "422", description = "from after to, or more than " + RevenueFilter.MAX_DAYS + " days (field to)")
    public Response list(@QueryParam("from") @Parameter(description = "first business date, YYYY-MM-DD", required = true) String from,
                         @QueryParam("to") @Parameter(description = "last business date, YYYY-MM-DD", required = true) String to,
                         @QueryParam("branch") @Parameter(description = "a branch code; all branches if absent") String branch,
                         @Context HttpHeaders headers) {
        RevenueFilter filter = ReportRequests.filter(registry, from, to, branch);
        if (ReportRequests.prefersCsv(headers)) {
            return ReportRequests.csv("daily-revenue-" + from + "-" + to + ".csv", writer -> reports.forEachRow(filter, new RevenueCsv(writer)::write));
        }
        return ReportRequests.jsonArray(json -> reports.forEachRow(filter, row -> write(json, row)));
    }

    private static void write(JsonGenerator json, RevenueRow row) {
        json.writeStartObject();
        json
                .write("branchCode", row.getBranchCode())
                .write("branchName", row.getBranchName())
                .write("businessDate", row.getBusinessDate().toString())
                .write("revenue", row.getRevenue())
                .write("loss", row.getLoss())
                .write("transactionCount", row.getTransactionCount())
                .write("revision", row.getRevision())
                .write("receivedAt", row.getReceivedAt().toString())
                .write("currency", row.getCurrency());
        json.writeStartObject("tenders");
        new TreeMap<>(row.getTenders()).forEach(json::write);
        json.writeEnd();
        amount(json, "taxTotal", row.getTaxTotal());
        amount(json, "refunds", row.getRefunds());
        amount(json, "cashVariance", row.getCashVariance());
        json.writeEnd();
    }

    private static void amount(JsonGenerator json, String name, BigDecimal value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** The shape of one JSON row, for the OpenAPI document. */
    public record ReportRow(String branchCode, String branchName, LocalDate businessDate,
                            @Schema(description = "in the branch's currency") BigDecimal revenue,
                            @Schema(description = "in the branch's currency") BigDecimal loss,
                            int transactionCount, int revision, Instant receivedAt,
                            @Schema(description = "the branch's currency, ISO 4217", example = "EUR") String currency,
                            @Schema(description = "amount taken per tender code, refunds deducted; empty for a version 1 report")
                            Map<String, BigDecimal> tenders,
                            @Schema(description = "null for a version 1 report") BigDecimal taxTotal,
                            @Schema(description = "null for a version 1 report") BigDecimal refunds,
                            @Schema(description = "counted - expected cash; null for a version 1 report or no count") BigDecimal cashVariance) {
    }
}
