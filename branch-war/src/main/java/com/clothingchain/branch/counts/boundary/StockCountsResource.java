package com.clothingchain.branch.counts.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.counts.control.StockCounts;
import com.clothingchain.branch.counts.entity.StockCount;
import com.clothingchain.branch.counts.entity.StockCountLine;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.clothingchain.shared.problem.Fields.idInPath;
import static com.clothingchain.shared.problem.Fields.integer;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.wholeNumber;

/**
 * Stock counts: a manager starts, posts and cancels one and sees its variances; clerks count blind. Nothing a clerk can
 * call answers a book quantity or a variance.
 */
@Path("stock-counts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockCountsResource {

    private static final int SHOWN = 100;

    /** A count as clerks see it: what was counted, never what the books say. */
    @JsonbNillable
    public record CountView(long id, String scope, String category, String status, LocalDate businessDate, String startedBy,
                            Instant startedAt, String closedBy, Instant closedAt, LocalDate postedDate, List<LineView> lines) {
        static CountView of(StockCount c, List<LineView> lines) {
            return new CountView(c.getId(), c.getCategory() == null ? StockCounts.ALL : StockCounts.CATEGORY, c.getCategory(),
                    c.getStatus().name(), c.getBusinessDate(), c.getStartedBy(), c.getStartedAt(), c.getClosedBy(), c.getClosedAt(),
                    c.getPostedDate(), lines);
        }
    }

    public record LineView(String sku, String name, String size, String colour, int counted, String countedBy, Instant countedAt) {
        static LineView of(StockCountLine l) {
            Product p = l.getProduct();
            return new LineView(p.getSku(), p.getName(), p.getSize(), p.getColour(), l.getCounted(), l.getCountedBy(), l.getCountedAt());
        }
    }

    /** The manager's view: each product counted with its book quantity and variance; the products nobody counted. */
    @JsonbNillable
    public record VariancesView(CountView count, List<VarianceView> counted, List<VarianceView> uncounted) {
    }

    @JsonbNillable
    public record VarianceView(String sku, String name, String size, String colour, Integer counted, int book, int variance,
                               String countedBy, Instant countedAt) {
        static VarianceView of(StockCounts.Variance v) {
            Product p = v.product();
            return new VarianceView(p.getSku(), p.getName(), p.getSize(), p.getColour(), v.counted(), v.book(), v.variance(),
                    v.countedBy(), v.countedAt());
        }
    }

    public record StartInput(String scope, String category) {
    }

    /** A scan: one more of the product a {@code sku} or {@code barcode} names. */
    public record ScanInput(String sku, String barcode) {
    }

    public record SetInput(BigDecimal counted) {
    }

    public record PostInput(Boolean uncountedAreZero) {
    }

    @Inject
    StockCounts counts;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(BranchAccounts.MANAGER)
    public Response start(StartInput input) {
        required("body", input);
        return Response.status(201).entity(view(counts.start(input.scope(), input.category(), caller()))).build();
    }

    @GET
    @RolesAllowed(BranchAccounts.CLERK)
    public List<CountView> latest(@QueryParam("limit") @DefaultValue("20") String limit) {
        return counts.latest(integer("limit", limit, 1, SHOWN)).stream().map(c -> CountView.of(c, null)).toList();
    }

    @GET
    @Path("current")
    @RolesAllowed(BranchAccounts.CLERK)
    public CountView current() {
        return view(counts.current().orElseThrow(() -> ProblemException.notFound(null, "No stock count is open.")));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(BranchAccounts.CLERK)
    public CountView one(@PathParam("id") String id) {
        return view(counts.require(id(id)));
    }

    @POST
    @Path("{id}/lines")
    @RolesAllowed(BranchAccounts.CLERK)
    public LineView scan(@PathParam("id") String id, ScanInput input) {
        required("body", input);
        boolean byBarcode = input.sku() == null && input.barcode() != null;
        return LineView.of(counts.add(id(id), byBarcode ? "barcode" : "sku", byBarcode ? input.barcode() : input.sku(), 1, caller()));
    }

    @PUT
    @Path("{id}/lines/{sku}")
    @RolesAllowed(BranchAccounts.CLERK)
    public LineView set(@PathParam("id") String id, @PathParam("sku") String sku, SetInput input) {
        required("body", input);
        return LineView.of(counts.set(id(id), "sku", sku, required("counted", wholeNumber("counted", input.counted())), caller()));
    }

    @GET
    @Path("{id}/variances")
    @RolesAllowed(BranchAccounts.MANAGER)
    public VariancesView variances(@PathParam("id") String id) {
        StockCounts.Variances v = counts.variances(id(id));
        return new VariancesView(view(v.count()), v.counted().stream().map(VarianceView::of).toList(),
                v.uncounted().stream().map(VarianceView::of).toList());
    }

    /** Books the variances; {@code uncountedAreZero} also sets the products nobody counted to 0 (otherwise they stay). */
    @POST
    @Path("{id}/post")
    @RolesAllowed(BranchAccounts.MANAGER)
    public VariancesView post(@PathParam("id") String id, PostInput input) {
        long count = id(id);
        counts.post(count, input != null && Boolean.TRUE.equals(input.uncountedAreZero()), caller());
        return variances(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(BranchAccounts.MANAGER)
    public CountView cancel(@PathParam("id") String id) {
        return view(counts.cancel(id(id), caller()));
    }

    private CountView view(StockCount count) {
        return CountView.of(count, counts.lines(count).stream().map(LineView::of).toList());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private static long id(String id) {
        return idInPath("id", id, "There is no stock count " + id + ".");
    }
}
