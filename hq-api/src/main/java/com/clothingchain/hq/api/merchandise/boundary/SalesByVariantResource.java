package com.clothingchain.hq.api.merchandise.boundary;

import com.clothingchain.contract.VariantDayRecord;
import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.control.VariantCsv;
import com.clothingchain.hq.business.merchandise.entity.VariantRow;
import com.clothingchain.hq.api.support.ReportRequests;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
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


/** The per-variant figures HQ received, for managers' and merchandisers' tools: JSON or CSV, streamed from the database. */
@Path("sales-by-variant")
public class SalesByVariantResource {

    @Inject
    MerchandiseReports reports;

    @Inject
    BranchRegistry registry;

    @GET
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Produces({MediaType.APPLICATION_JSON, VariantCsv.MEDIA_TYPE})
    @Operation(summary = "The per-variant figures of all branches, or one, for business dates from..to (at most "
            + RevenueFilter.MAX_DAYS + " days), in date, branch and SKU order, streamed. Accept: text/csv gives CSV.",
            description = "Amounts are in the branch's currency (field currency; the last CSV column): add them only within one currency.")
    @APIResponse(responseCode = "200", description = "The rows", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Row[].class)),
            @Content(mediaType = VariantCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "from or to missing or not a date (the problem names the field)")
    @APIResponse(responseCode = "404", description = "No branch with this code (field branch)")
    @APIResponse(responseCode = "422", description = "from after to, or more than " + RevenueFilter.MAX_DAYS + " days (field to)")
    public Response list(@QueryParam("from") @Parameter(description = "first business date, YYYY-MM-DD", required = true) String from,
                         @QueryParam("to") @Parameter(description = "last business date, YYYY-MM-DD", required = true) String to,
                         @QueryParam("branch") @Parameter(description = "a branch code; all branches if absent") String branch,
                         @Context HttpHeaders headers) {
        RevenueFilter filter = ReportRequests.filter(registry, from, to, branch);
        if (ReportRequests.prefersCsv(headers)) {
            return ReportRequests.csv("sales-by-variant-" + filter.from() + "-" + filter.to() + ".csv",
                    writer -> reports.forEachVariantRow(filter, new VariantCsv(writer)::write));
        }
        return ReportRequests.jsonArray(json -> reports.forEachVariantRow(filter, row -> write(json, row)));
    }

    private static void write(JsonGenerator json, VariantRow row) {
        VariantDayRecord r = row.record();
        json.writeStartObject()
                .write("branchCode", r.branchCode())
                .write("businessDate", r.businessDate().toString())
                .write("sku", r.sku())
                .write("sold", r.sold())
                .write("soldAmount", r.soldAmount())
                .write("returned", r.returned())
                .write("returnedAmount", r.returnedAmount())
                .write("lost", r.lost())
                .write("lossValue", r.lossValue())
                .write("onHand", r.onHand())
                .write("revision", r.revision())
                .write("receivedAt", r.receivedAt().toString())
                .write("currency", row.currency())
                .writeEnd();
    }

    /** The shape of one JSON row (a VariantDayRecord and its branch's currency), for the OpenAPI document. */
    public record Row(String branchCode, LocalDate businessDate, String sku, int sold,
                      @Schema(description = "in the branch's currency") BigDecimal soldAmount, int returned,
                      BigDecimal returnedAmount, int lost, BigDecimal lossValue, int onHand, int revision, Instant receivedAt,
                      @Schema(description = "the branch's currency, ISO 4217", example = "EUR") String currency) {
    }
}
