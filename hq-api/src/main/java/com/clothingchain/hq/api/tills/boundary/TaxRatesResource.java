package com.clothingchain.hq.api.tills.boundary;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.tills.control.Tills;
import com.clothingchain.hq.business.tills.entity.TaxRateEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.clothingchain.shared.problem.Fields.date;
import static com.clothingchain.shared.problem.Fields.required;

/** Tax rates per jurisdiction and tax category, effective-dated: managers read them, admins define them. */
@Path("tax-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaxRatesResource {

    /** {@code from}: a business date, YYYY-MM-DD; {@code rate}: percent, 20.00 is 20 %. */
    public record Definition(String jurisdiction, String category, String from, BigDecimal rate) {
    }

    public record View(String jurisdiction, String category, LocalDate from, BigDecimal rate) {
    }

    @Inject
    Tills tills;

    @GET
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.ADMIN})
    @Operation(summary = "The tax rates of one jurisdiction, or of all, by jurisdiction, category and date: each in effect"
            + " from its date until the next of its category")
    @APIResponse(responseCode = "200", description = "jurisdiction, category, from, rate")
    @APIResponse(responseCode = "400", description = "A malformed jurisdiction")
    public List<View> list(@QueryParam("jurisdiction") @Parameter(description = "e.g. DEMO-VAT; all if absent") String jurisdiction) {
        return tills.taxRates(jurisdiction).stream().map(TaxRatesResource::view).toList();
    }

    @POST
    @RolesAllowed(HqAccounts.ADMIN)
    @Operation(summary = "A tax rate of a jurisdiction's category from a business date on",
            description = "A category's first rate may start on any date; a later one not before yesterday (UTC). A rate is"
                    + " never changed: the same rate again for the same date changes nothing (200), another is 409.")
    @APIResponse(responseCode = "201", description = "Defined")
    @APIResponse(responseCode = "200", description = "This rate was defined for this date already; nothing changed")
    @APIResponse(responseCode = "400", description = "A field missing or malformed; rate not 0 to 100 with at most three decimals (8.875)")
    @APIResponse(responseCode = "409", description = "Another rate for this date (field from)")
    @APIResponse(responseCode = "422", description = "A date in the past for a category that has rates (field from)")
    public Response define(Definition body, @Context UriInfo uri) {
        required("body", body);
        LocalDate from = body.from() == null ? null : date("from", body.from());
        Tills.Defined defined = tills.defineTaxRate(body.jurisdiction(), body.category(), from, body.rate());
        View view = view(defined.rate());
        return defined.created()
                ? Response.created(uri.getAbsolutePathBuilder().queryParam("jurisdiction", view.jurisdiction()).build()).entity(view).build()
                : Response.ok(view).build();
    }

    static View view(TaxRateEntry r) {
        return new View(r.getJurisdiction(), r.getTaxCategory(), r.getValidFrom(), r.getRate());
    }
}
