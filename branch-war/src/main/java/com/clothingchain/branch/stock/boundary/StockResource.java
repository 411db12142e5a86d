package com.clothingchain.branch.stock.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.boundary.BookingDate;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockLevel;
import com.clothingchain.branch.stock.entity.StockMovement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.clothingchain.shared.problem.Fields.integer;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.wholeNumber;

/** Stock on hand: a variant's level and its style's sizes (clerks), its movements, what went negative, a recount (managers). */
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

    private static final int SHOWN = 500;

    /** A variant's on-hand, with the other variants of its style ("do we have this in M?"). */
    @JsonbNillable
    public record StockView(String sku, String name, String size, String colour, String styleCode, int onHand, boolean negative,
                            List<VariantLevel> style) {
    }

    public record VariantLevel(String sku, String size, String colour, int onHand) {
    }

    @JsonbNillable
    public record MovementView(long id, LocalDate businessDate, String kind, int quantity, int onHandAfter, BigDecimal amount,
                               String reference, String clerk, Instant movedAt) {
        static MovementView of(StockMovement m) {
            return new MovementView(m.getId(), m.getBusinessDate(), m.getKind().name(), m.getQuantity(), m.getOnHandAfter(),
                    m.getAmount(), m.getReference(), m.getClerk(), m.getMovedAt());
        }
    }

    public record RecountInput(BigDecimal counted, String note, String businessDate) {
    }

    @Inject
    Stock stock;

    @Inject
    Catalog catalog;

    @Context
    SecurityContext security;

    @GET
    @Path("{sku}")
    @RolesAllowed(BranchAccounts.CLERK)
    public StockView get(@PathParam("sku") String sku) {
        return view(catalog.require(sku));
    }

    @GET
    @Path("{sku}/movements")
    @RolesAllowed(BranchAccounts.CLERK)
    public List<MovementView> movements(@PathParam("sku") String sku, @QueryParam("limit") @DefaultValue("50") String limit) {
        return stock.movements(catalog.require(sku), integer("limit", limit, 1, SHOWN)).stream().map(MovementView::of).toList();
    }

    /** Variants with less than nothing on hand, by SKU: what a manager should count. */
    @GET
    @RolesAllowed(BranchAccounts.MANAGER)
    public List<VariantLevel> negative() {
        return stock.negative(SHOWN).stream().map(StockResource::level).toList();
    }

    @POST
    @Path("{sku}/count")
    @RolesAllowed(BranchAccounts.MANAGER)
    public StockView recount(@PathParam("sku") String sku, RecountInput input) {
        required("body", input);
        stock.recount(sku, wholeNumber("counted", input.counted()), input.note(), BookingDate.of(input.businessDate()),
                security.getUserPrincipal().getName());
        return view(catalog.require(sku));
    }

    private StockView view(Product product) {
        List<Product> style = product.getStyleCode() == null ? List.of(product) : catalog.ofStyles(List.of(product.getStyleCode()));
        Map<String, Integer> levels = stock.onHand(style);
        int onHand = levels.containsKey(product.getSku()) ? levels.get(product.getSku()) : stock.onHand(product);
        return new StockView(product.getSku(), product.getName(), product.getSize(), product.getColour(), product.getStyleCode(),
                onHand, onHand < 0, style.stream().map(p -> new VariantLevel(p.getSku(), p.getSize(), p.getColour(), levels.get(p.getSku())))
                .toList());
    }

    private static VariantLevel level(StockLevel l) {
        Product p = l.getProduct();
        return new VariantLevel(p.getSku(), p.getSize(), p.getColour(), l.getOnHand());
    }
}
