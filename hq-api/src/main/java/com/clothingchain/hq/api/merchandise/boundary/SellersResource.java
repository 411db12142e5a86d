package com.clothingchain.hq.api.merchandise.boundary;

import com.clothingchain.hq.api.support.ReportRequests;
import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.entity.BranchShrink;
import com.clothingchain.hq.business.merchandise.entity.SizeShare;
import com.clothingchain.hq.business.merchandise.entity.RankedUnits;
import com.clothingchain.hq.business.merchandise.entity.Ranking;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.regex.Pattern;

/** What sells where, in units: styles ranked best or worst, a category's size curve, returns and shrink per branch. */
@Path("merchandise")
@Produces(MediaType.APPLICATION_JSON)
public class SellersResource {

    private static final Pattern ORDER = Pattern.compile("best|worst");

    @Inject
    MerchandiseReports reports;

    @Inject
    BranchRegistry registry;

    /** A style's units over the period, with its sell-through and return rate in percent (null when undefined). */
    public record StyleRow(String styleCode, String name, String category, long sold, long returned, long netSold, long lost,
                           long onHand, BigDecimal sellThrough, BigDecimal returnRate) {
        static StyleRow of(RankedUnits s) {
            return new StyleRow(s.key(), s.name(), s.group(), s.sold(), s.returned(), s.netSold(), s.lost(), s.onHand(),
                    s.sellThrough(), s.returnRate());
        }
    }

    /**
     * A ranked style, colour, size, category or branch (key: its code, or the colour or size itself) over the period;
     * group: a style's category, else null.
     */
    public record RankRow(String key, String name, String group, long sold, long returned, long netSold, long lost, long onHand,
                          BigDecimal sellThrough, BigDecimal returnRate) {
        static RankRow of(RankedUnits r) {
            return new RankRow(r.key(), r.name(), r.group(), r.sold(), r.returned(), r.netSold(), r.lost(), r.onHand(),
                    r.sellThrough(), r.returnRate());
        }
    }

    public record ShrinkRow(String branchCode, String currency, long sold, long returned, long lost, BigDecimal lossValue,
                            BigDecimal returnRate, BigDecimal shrinkRate) {
        static ShrinkRow of(BranchShrink b) {
            return new ShrinkRow(b.branchCode(), b.currency(), b.sold(), b.returned(), b.lost(), b.lossValue(), b.returnRate(),
                    b.shrinkRate());
        }
    }

    @GET
    @Path("styles")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "Every style of the catalogue (of a category and its sub-categories), ranked by units sold less returned"
            + " from..to (of one branch, or all), best or worst first (order), with on hand as last reported; paged, the total in X-Total-Count")
    @APIResponse(responseCode = "200", description = "A page of styles")
    @APIResponse(responseCode = "400", description = "from, to, category, order, offset or limit malformed (the problem names the field)")
    @APIResponse(responseCode = "404", description = "No such branch or category (field branch, category)")
    @APIResponse(responseCode = "422", description = "from after to, or more than " + RevenueFilter.MAX_DAYS + " days (field to)")
    public Response styles(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("branch") String branch,
                           @QueryParam("category") String category, @QueryParam("order") @DefaultValue("best") String order,
                           @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("100") String limit) {
        RevenueFilter filter = ReportRequests.filter(registry, from, to, branch);
        List<StyleRow> page = reports.ranking(filter, Ranking.STYLE, category, best(order), Fields.integer("offset", offset, 0,
                Integer.MAX_VALUE), Fields.integer("limit", limit, 1, 1000)).stream().map(StyleRow::of).toList();
        return Response.ok(page).header("X-Total-Count", reports.countRanked(filter, Ranking.STYLE, category)).build();
    }

    @GET
    @Path("rankings")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "Best or worst sellers by style, colour, size, category or branch (by): units sold less returned from..to"
            + " (of one branch, or all; of a category and its sub-categories, or all), with on hand as last reported, sell-through"
            + " and return rate; paged, the total in X-Total-Count")
    @APIResponse(responseCode = "200", description = "A page of the ranking")
    @APIResponse(responseCode = "400", description = "by, from, to, category, order, offset or limit malformed (the problem names the field)")
    @APIResponse(responseCode = "404", description = "No such branch or category (field branch, category)")
    @APIResponse(responseCode = "422", description = "from after to, or more than " + RevenueFilter.MAX_DAYS + " days (field to)")
    public Response rankings(@QueryParam("by") @DefaultValue("style") String by, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("branch") String branch, @QueryParam("category") String category,
                             @QueryParam("order") @DefaultValue("best") String order,
                             @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("100") String limit) {
        Ranking ranking = Ranking.of(by).orElseThrow(() -> ProblemException.badRequest("by",
                "Rank by style, colour, size, category or branch."));
        RevenueFilter filter = ReportRequests.filter(registry, from, to, branch);
        List<RankRow> page = reports.ranking(filter, ranking, category, best(order), Fields.integer("offset", offset, 0,
                Integer.MAX_VALUE), Fields.integer("limit", limit, 1, 1000)).stream().map(RankRow::of).toList();
        return Response.ok(page).header("X-Total-Count", reports.countRanked(filter, ranking, category)).build();
    }

    private static boolean best(String order) {
        return Fields.matching("order", order, ORDER, "best or worst").equals("best");
    }

    @GET
    @Path("size-curve")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "Units sold per size of a category (and its sub-categories) from..to, in the order of its size scale")
    @APIResponse(responseCode = "200", description = "The sizes with units sold")
    @APIResponse(responseCode = "400", description = "from, to or category missing or malformed")
    @APIResponse(responseCode = "404", description = "No such branch or category")
    public List<SizeShare> sizeCurve(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("branch") String branch,
                                     @QueryParam("category") String category) {
        RevenueFilter filter = ReportRequests.filter(registry, from, to, branch);
        return reports.sizeCurve(filter, Fields.required("category", category));
    }

    @GET
    @Path("shrink")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "Per branch from..to: units sold, returned and written off, the write-offs' value in its currency, and the"
            + " return and shrink rates in percent")
    @APIResponse(responseCode = "200", description = "One row per branch that reported figures, in branch code order")
    @APIResponse(responseCode = "400", description = "from or to missing or malformed")
    public List<ShrinkRow> shrink(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.branchShrink(ReportRequests.filter(registry, from, to, null)).stream().map(ShrinkRow::of).toList();
    }
}
