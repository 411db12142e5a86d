package com.clothingchain.hq.api.catalogue.boundary;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.catalogue.control.CatalogueBrowsing;
import com.clothingchain.hq.business.catalogue.control.CatalogueCsv;
import com.clothingchain.hq.business.catalogue.control.CatalogueExport;
import com.clothingchain.hq.business.catalogue.control.CatalogueXlsx;
import com.clothingchain.hq.business.catalogue.entity.Category;
import com.clothingchain.hq.business.catalogue.entity.Price;
import com.clothingchain.hq.business.catalogue.entity.SizeScale;
import com.clothingchain.hq.business.catalogue.entity.Style;
import com.clothingchain.hq.business.catalogue.entity.StyleInput;
import com.clothingchain.hq.business.catalogue.entity.Variant;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.clothingchain.shared.problem.Fields.date;
import static com.clothingchain.shared.problem.Fields.optionalText;
import static com.clothingchain.shared.problem.Fields.required;

/** The chain's catalogue for merchandising clients: size scales, categories, styles with their variants, prices. */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    public record Version(long version) {
    }

    public record ScaleBody(String code, String name, List<String> sizes) {
    }

    /** {@code taxCategory}: how its styles are taxed at the tills (absent: STANDARD). */
    public record CategoryBody(String code, String name, String parent, String sizeScale, String taxCategory) {
    }

    public record CategoryView(String code, String name, String parent, String sizeScale, String taxCategory) {
    }

    public record PriceView(String currency, String branch, LocalDate from, BigDecimal price) {
    }

    public record VariantView(String sku, String barcode, String styleCode, String size, String colour, boolean active,
                              long version, List<PriceView> prices) {
    }

    public record StyleView(String code, String name, String category, String season, String description,
                            boolean active, List<VariantView> variants) {
    }

    /** {@code branch} absent: the chain's price; {@code from} absent: at once. */
    public record PriceBody(String currency, String branch, String group, String from, BigDecimal price) {
    }

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueExport export;

    @Inject
    CatalogueBrowsing browsing;

    @Inject
    BranchRegistry registry;

    @GET
    @Path("version")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "HQ's catalogue version: the number of the latest change")
    public Version version() {
        return new Version(catalogue.version());
    }

    @GET
    @Path("size-scales")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    public List<ScaleBody> scales() {
        return catalogue.scales().stream().map(CatalogueResource::view).toList();
    }

    @POST
    @Path("size-scales")
    @RolesAllowed({HqAccounts.MERCHANDISER, HqAccounts.ADMIN})
    @Operation(summary = "A size scale: its sizes in their order on a grid")
    @APIResponse(responseCode = "201", description = "Defined")
    @APIResponse(responseCode = "400", description = "A field missing or too long, a size twice (the problem names the field)")
    @APIResponse(responseCode = "409", description = "The code is taken (field code)")
    public Response defineScale(ScaleBody body, @Context UriInfo uri) {
        required("body", body);
        SizeScale scale = catalogue.defineScale(body.code(), body.name(), body.sizes());
        return Response.created(uri.getAbsolutePathBuilder().path(scale.getCode()).build()).entity(view(scale)).build();
    }

    @GET
    @Path("categories")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    public List<CategoryView> categories() {
        return catalogue.categories().stream().map(CatalogueResource::view).toList();
    }

    @POST
    @Path("categories")
    @RolesAllowed({HqAccounts.MERCHANDISER, HqAccounts.ADMIN})
    @Operation(summary = "A category, under a parent or at the top, with the size scale of its styles")
    @APIResponse(responseCode = "201", description = "Defined")
    @APIResponse(responseCode = "409", description = "The code is taken (field code)")
    @APIResponse(responseCode = "422", description = "No such parent or size scale (field parent or sizeScale)")
    public Response defineCategory(CategoryBody body, @Context UriInfo uri) {
        required("body", body);
        Category category = catalogue.defineCategory(body.code(), body.name(), body.parent(), body.sizeScale(), body.taxCategory());
        return Response.created(uri.getAbsolutePathBuilder().path(category.getCode()).build()).entity(view(category)).build();
    }

    @GET
    @Path("styles")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "Styles whose code or name contains q, or with a variant whose SKU contains it or whose barcode it is,"
            + " in code order: at most limit (100, at most 1000) from offset, the total in X-Total-Count")
    @APIResponse(responseCode = "200", description = "code, name, category (its name), season, active, variants (how many)")
    @APIResponse(responseCode = "400", description = "q over 128 characters, or offset or limit not a whole number in range")
    public Response styles(@QueryParam("q") String q, @QueryParam("offset") @DefaultValue("0") String offset,
                           @QueryParam("limit") @DefaultValue("100") String limit) {
        String text = optionalText("q", q, 128);
        return Response.ok(browsing.styles(text, Fields.integer("offset", offset, 0, Integer.MAX_VALUE),
                Fields.integer("limit", limit, 1, Catalogue.MAX_PAGE))).header("X-Total-Count", browsing.countStyles(text)).build();
    }

    @GET
    @Path("prices")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    @Operation(summary = "The price list: every chain (branch \"*\") and branch price by date, of the styles or SKUs that contain q"
            + " (scheduled=true: only those from a date still to come anywhere), by style, SKU, currency, branch and date;"
            + " at most limit (100, at most 1000) from offset, the total in X-Total-Count")
    @APIResponse(responseCode = "200", description = "id, sku, style, size, colour, currency, branch, from, price")
    @APIResponse(responseCode = "400", description = "q over 128 characters, or offset or limit not a whole number in range")
    public Response prices(@QueryParam("q") String q, @QueryParam("scheduled") boolean scheduledOnly,
                           @QueryParam("offset") @DefaultValue("0") String offset,
                           @QueryParam("limit") @DefaultValue("100") String limit) {
        String text = optionalText("q", q, 128);
        return Response.ok(browsing.prices(text, scheduledOnly, Fields.integer("offset", offset, 0, Integer.MAX_VALUE),
                Fields.integer("limit", limit, 1, Catalogue.MAX_PAGE)))
                .header("X-Total-Count", browsing.countPrices(text, scheduledOnly)).build();
    }

    @GET
    @Path("styles/{code}")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    public StyleView style(@PathParam("code") String code) {
        return view(catalogue.requireStyle(code));
    }

    @PUT
    @Path("styles/{code}")
    @RolesAllowed({HqAccounts.MERCHANDISER, HqAccounts.ADMIN})
    @Operation(summary = "Creates or changes a style and the variants listed (the size x colour grid); variants not"
            + " listed stay as they are. Each variant's prices are the chain's, from now on.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid fields, every one named, e.g. variants[2].barcode for a wrong check digit")
    @APIResponse(responseCode = "409", description = "A SKU, barcode or size and colour is taken (the problem names the field)")
    @APIResponse(responseCode = "422", description = "No such category, or a size not in the category's scale")
    public Response saveStyle(@PathParam("code") String code, StyleInput body, @Context UriInfo uri) {
        boolean exists = catalogue.findStyle(code).isPresent();
        Style style = catalogue.saveStyle(code, body);
        StyleView view = view(style);
        return exists ? Response.ok(view).build()
                : Response.created(uri.getAbsolutePath()).entity(view).build();
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({HqAccounts.MERCHANDISER, HqAccounts.ADMIN})
    @Operation(summary = "Imports styles, variants, barcodes and prices from CSV (UTF-8) or an Excel workbook (.xlsx, its"
            + " first sheet), checked in full first and then imported in one transaction",
            description = "Header row: style_code, style_name, category, season, description, sku, barcode, size, colour,"
                    + " active, currency, price (the first seven required, in any order); then one row per variant and"
                    + " currency. In a workbook, number cells are read as the digits they hold (a barcode typed as a"
                    + " number keeps all of them) and empty rows are skipped. GET /catalogue/export writes this layout.")
    @APIResponse(responseCode = "200", description = "Imported: styles, variants and rows, and the catalogue version after it")
    @APIResponse(responseCode = "400", description = "Unreadable, a required column missing, or rows refused: nothing is"
            + " imported, and errors lists every refused row as rows[N].column (N as a spreadsheet numbers it, the header is 1)")
    @APIResponse(responseCode = "409", description = "Rows refused for a SKU, barcode or size and colour taken (as for 400)")
    @APIResponse(responseCode = "413", description = "A file over 8 MB")
    @APIResponse(responseCode = "415", description = "Not sent as text/csv or " + CatalogueXlsx.MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Rows refused for an unknown category or a size not in its scale (as for 400)")
    public Catalogue.Imported importFile(InputStream file, @Context HttpHeaders headers) {
        // Any type reaches this method, so that who may import is decided first (401/403) and only then the type.
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MediaType.valueOf(CatalogueXlsx.MEDIA_TYPE))) {
            return catalogue.importStyles(CatalogueXlsx.read(file));
        }
        if (type == null || !type.isCompatible(MediaType.valueOf(CatalogueCsv.MEDIA_TYPE)) && !type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            throw new ProblemException(415, "Unsupported Media Type", "Send the file as text/csv (UTF-8) or as "
                    + CatalogueXlsx.MEDIA_TYPE + " (an Excel .xlsx workbook).", null);
        }
        return catalogue.importStyles(CatalogueCsv.read(new InputStreamReader(file, StandardCharsets.UTF_8)));
    }

    @GET
    @Path("export")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER, HqAccounts.ADMIN})
    @Produces({CatalogueCsv.MEDIA_TYPE, CatalogueXlsx.MEDIA_TYPE})
    @Operation(summary = "The whole catalogue in the import layout, as CSV (UTF-8) or an Excel workbook (.xlsx): one row per"
            + " variant and currency of its chain price, in style code order",
            description = "Accept: text/csv (the default) or " + CatalogueXlsx.MEDIA_TYPE + "; format=csv or format=xlsx"
                    + " instead, for a link. Each row's price is the chain's current one in its currency; scheduled and"
                    + " branch prices are not in the file, and importing it back leaves them as they are. The rows of a"
                    + " style's first variant carry the style's active flag (which the import reads from there), the"
                    + " others their own. Streamed; the file name holds the catalogue version when the export began.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment named catalogue-v{version}.csv or .xlsx",
            content = {@Content(mediaType = CatalogueCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CatalogueXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "format is neither csv nor xlsx (field format)")
    @APIResponse(responseCode = "406", description = "Accept names neither text/csv nor " + CatalogueXlsx.MEDIA_TYPE)
    public Response export(@QueryParam("format") @Parameter(description = "csv or xlsx; wins over Accept") String format,
                           @Context HttpHeaders headers) {
        CatalogueExport.Format chosen = format(format, headers.getAcceptableMediaTypes());
        long version = catalogue.version();
        StreamingOutput body = out -> export.write(chosen, out);
        String type = chosen == CatalogueExport.Format.CSV ? chosen.mediaType() + "; charset=UTF-8" : chosen.mediaType();
        return Response.ok(body, type).header("Content-Disposition",
                "attachment; filename=\"catalogue-v" + version + "." + chosen.extension() + "\"").build();
    }

    /** The format asked for: the query parameter, else the client's most preferred type we write; CSV for any. */
    static CatalogueExport.Format format(String format, List<MediaType> acceptable) {
        if (format != null) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CatalogueExport.Format.CSV;
                case "xlsx" -> CatalogueExport.Format.XLSX;
                default -> throw ProblemException.badRequest("format", "format is csv or xlsx.");
            };
        }
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.valueOf(CatalogueCsv.MEDIA_TYPE))) {
                return CatalogueExport.Format.CSV;
            }
            if (type.isCompatible(MediaType.valueOf(CatalogueXlsx.MEDIA_TYPE))) {
                return CatalogueExport.Format.XLSX;
            }
        }
        return CatalogueExport.Format.CSV;
    }

    @GET
    @Path("variants/{sku}")
    @RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
    public VariantView variant(@PathParam("sku") String sku) {
        return view(catalogue.findVariant(sku)
                .orElseThrow(() -> ProblemException.notFound("sku", "There is no variant with SKU " + sku + ".")));
    }

    @PUT
    @Path("variants/{sku}/prices")
    @RolesAllowed({HqAccounts.MERCHANDISER, HqAccounts.ADMIN})
    @Operation(summary = "A price of the variant from a business date on (each branch's own date; absent: at once), for the"
            + " chain, one branch, or each active branch of a price group (as its own price: a branch joining the group later"
            + " does not get it); a branch's price is in its currency")
    @APIResponse(responseCode = "200", description = "The variant with all its prices")
    @APIResponse(responseCode = "400", description = "Currency or price invalid (at most two decimals, more than 0), or both"
            + " branch and group given")
    @APIResponse(responseCode = "422", description = "No such SKU or branch, no active branch in the group, a date in the past,"
            + " or a currency a branch does not sell in")
    public VariantView schedulePrice(@PathParam("sku") String sku, PriceBody body) {
        required("body", body);
        LocalDate from = body.from() == null ? null : date("from", body.from());
        if (body.branch() != null && body.group() != null) {
            throw ProblemException.badRequest("group", "Give a branch or a price group, not both.");
        }
        return view(catalogue.schedulePrice(sku, body.currency(), scope(body.branch(), body.group()), from, body.price()));
    }

    private Catalogue.PriceScope scope(String branch, String group) {
        if (group != null) {
            return catalogue.priceGroup(group);
        }
        return branch == null ? Catalogue.PriceScope.chain() : Catalogue.PriceScope.of(registry.find(branch)
                .orElseThrow(() -> ProblemException.unprocessable("branch", "There is no branch " + branch + ".")));
    }

    private StyleView view(Style s) {
        return new StyleView(s.getCode(), s.getName(), s.getCategory().getCode(), s.getSeason(), s.getDescription(),
                s.isActive(), catalogue.variantsOf(s).stream().map(this::view).toList());
    }

    private VariantView view(Variant v) {
        return new VariantView(v.getSku(), v.getBarcode(), v.getStyle().getCode(), v.getSize(), v.getColour(), v.isActive(),
                v.getChangedIn(), catalogue.pricesOf(v).stream().map(p -> new PriceView(p.getCurrency(),
                        p.getBranchCode().equals(Price.CHAIN) ? null : p.getBranchCode(),
                        p.getEffectiveFrom(), p.getAmount())).toList());
    }

    private static ScaleBody view(SizeScale s) {
        return new ScaleBody(s.getCode(), s.getName(), s.getSizes());
    }

    private static CategoryView view(Category c) {
        return new CategoryView(c.getCode(), c.getName(), c.getParent() == null ? null : c.getParent().getCode(),
                c.getSizeScale().getCode(), c.getTaxCategory());
    }
}
