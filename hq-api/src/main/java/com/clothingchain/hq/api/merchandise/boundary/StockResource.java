package com.clothingchain.hq.api.merchandise.boundary;

import com.clothingchain.contract.BranchStock;
import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.control.VariantFigureRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** "Who has this in M": each branch's stock of a variant as it last reported it. */
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    @Inject
    MerchandiseReports reports;

    @GET
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "Each branch's on-hand of the SKU as of the latest business date it reported it for (asOf), with the time"
            + " HQ received that report (reportedAt), in branch code order; branches that never reported it are not listed")
    @APIResponse(responseCode = "200", description = "The levels (branches empty when no branch reported the SKU)")
    @APIResponse(responseCode = "400", description = "sku missing or malformed (field sku)")
    public BranchStock stock(@QueryParam("sku") String sku) {
        return reports.stock(VariantFigureRules.sku("sku", sku));
    }
}
