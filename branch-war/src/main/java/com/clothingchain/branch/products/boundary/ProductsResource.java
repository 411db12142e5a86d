package com.clothingchain.branch.products.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.List;

import static com.clothingchain.shared.problem.Fields.optionalText;

/** The branch's products, read-only copies of HQ's catalogue: clerks and managers look them up. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

    /** A product; {@code barcode}, {@code styleCode} and {@code styleName} are set for HQ's catalogue products. */
    public record ProductView(String sku, String barcode, String styleCode, String styleName, String name, String category,
                              String size, String colour, BigDecimal price, boolean active) {
        static ProductView of(Product p) {
            return new ProductView(p.getSku(), p.getBarcode(), p.getStyleCode(), p.isFromHq() ? p.getName() : null, p.getName(),
                    p.getCategory(), p.getSize(), p.getColour(), p.getPrice(), p.isActive());
        }
    }

    @Inject
    Catalog catalog;

    /**
     * Products whose SKU, name or barcode contains {@code q} (only those still sold with {@code active=true}), in SKU
     * order: at most {@code limit} (100, at most 1000) from {@code offset}, the total in {@code X-Total-Count}.
     */
    @GET
    @RolesAllowed(BranchAccounts.CLERK)
    public Response search(@QueryParam("q") String q, @QueryParam("active") boolean activeOnly,
                           @QueryParam("offset") @DefaultValue("0") String offset,
                           @QueryParam("limit") @DefaultValue("100") String limit) {
        String text = optionalText("q", q, 128);
        List<ProductView> page = catalog.search(text, activeOnly, Fields.integer("offset", offset, 0, Integer.MAX_VALUE),
                Fields.integer("limit", limit, 1, 1000)).stream().map(ProductView::of).toList();
        return Response.ok(page).header("X-Total-Count", catalog.count(text, activeOnly)).build();
    }

    @GET
    @Path("{sku}")
    @RolesAllowed(BranchAccounts.CLERK)
    public ProductView get(@PathParam("sku") String sku) {
        return ProductView.of(catalog.require(sku));
    }

    @GET
    @Path("by-barcode/{barcode}")
    @RolesAllowed(BranchAccounts.CLERK)
    public ProductView byBarcode(@PathParam("barcode") String barcode) {
        return ProductView.of(catalog.byBarcode(barcode).orElseThrow(
                () -> ProblemException.notFound("barcode", "There is no product with barcode " + barcode + ".")));
    }

    /** Products are HQ's: this branch neither adds them nor changes them. */
    @POST
    @RolesAllowed(BranchAccounts.CLERK)
    public Response add() {
        throw keptAtHq();
    }

    @PUT
    @Path("{sku}")
    @RolesAllowed(BranchAccounts.CLERK)
    public Response change() {
        throw keptAtHq();
    }

    private static ProblemException keptAtHq() {
        return ProblemException.forbidden("The catalogue is kept at HQ: products are added and changed there, and this"
                + " branch receives them within one catalogue poll. A branch can neither add nor change a product.");
    }
}
