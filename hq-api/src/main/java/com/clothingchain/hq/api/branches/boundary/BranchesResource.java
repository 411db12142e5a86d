package com.clothingchain.hq.api.branches.boundary;

import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.tills.control.Tills;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.contract.BranchProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.clothingchain.hq.api.support.BranchFields.currency;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;
import static com.clothingchain.hq.api.support.BranchFields.url;
import static com.clothingchain.hq.api.support.BranchFields.zone;

/** The branch registry: admins register and change branches; a branch reads its own entry. */
@Path("branches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BranchesResource {

    public record Registration(String code, String name, String location, String url, String timeZone, String currency) {
    }

    public record Change(String name, String location, String url, String timeZone, Boolean active) {
    }

    public record RegisteredBranch(String code, String name, String location, String url, String timeZone,
                                   String currency, boolean active, String apiKey) {
    }

    /**
     * {@code catalogueVersion}: what the branch last confirmed holding of the catalogue, at {@code cataloguePulledAt};
     * {@code jurisdiction}, {@code taxMode}, {@code cashRounding}: its till settings.
     */
    public record ListedBranch(String code, String name, String location, String url, String timeZone,
                               String currency, boolean active, LocalDate registeredOn, LocalDate lastReportedDate,
                               Long catalogueVersion, Instant cataloguePulledAt, String priceGroup, String jurisdiction,
                               String taxMode, BigDecimal cashRounding) {
    }

    /** A branch's till settings: jurisdiction (null: none), taxMode INCLUSIVE or EXCLUSIVE, cashRounding 0.01, 0.05 or 0.10. */
    public record TillSettingsBody(String jurisdiction, String taxMode, BigDecimal cashRounding) {
    }

    public record ApiKey(String apiKey) {
    }

    /** A branch's price group: a price set for the group is set for each active branch in it; null for none. */
    public record PriceGroup(String priceGroup) {
    }

    @Inject
    BranchRegistry registry;

    @Inject
    Tills tills;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(HqAccounts.ADMIN)
    public Response register(Registration registration, @Context UriInfo uri) {
        required("body", registration);
        var registered = registry.register(registration.code(), text("name", registration.name(), 128),
                text("location", registration.location(), 255), url("url", registration.url()),
                zone("timeZone", registration.timeZone()), currency("currency", registration.currency()));
        Branch b = registered.branch();
        return Response.created(uri.getAbsolutePathBuilder().path(b.getCode()).build())
                .entity(new RegisteredBranch(b.getCode(), b.getName(), b.getLocation(), b.getUrl(),
                        b.getTimeZone().getId(), b.getCurrency(), b.isActive(), registered.apiKey()))
                .build();
    }

    @GET
    @RolesAllowed(HqAccounts.MANAGER)
    public List<ListedBranch> all() {
        var lastReported = registry.lastReportedDates();
        return registry.all().stream().map(b -> new ListedBranch(b.getCode(), b.getName(), b.getLocation(), b.getUrl(),
                b.getTimeZone().getId(), b.getCurrency(), b.isActive(), b.getRegisteredOn(),
                lastReported.get(b.getCode()), b.getCatalogueVersion(), b.getCataloguePulledAt(), b.getPriceGroup(),
                b.getJurisdiction(), b.getTaxMode(), b.getCashRounding())).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ApiAuthentication.BRANCH_ROLE, HqAccounts.MANAGER})
    @Operation(summary = "A branch's registry entry, as the branch reads it with its key: name, time zone, currency, and"
            + " till (its tax mode, cash rounding, its jurisdiction's tax rates by category and date, the active tenders)")
    public BranchProfile get(@PathParam("code") String code) {
        if (security.isUserInRole(ApiAuthentication.BRANCH_ROLE)) {
            return profile(callingBranch(registry, security, code));
        }
        return profile(registry.require(code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(HqAccounts.ADMIN)
    public BranchProfile change(@PathParam("code") String code, Change change) {
        required("body", change);
        return profile(registry.change(code, text("name", change.name(), 128), text("location", change.location(), 255),
                url("url", change.url()), zone("timeZone", change.timeZone()), change.active()));
    }

    @PUT
    @Path("{code}/till-settings")
    @RolesAllowed(HqAccounts.ADMIN)
    @Operation(summary = "A branch's till settings: its tax jurisdiction (null or absent: none), tax mode and cash rounding;"
            + " the branch reads them in its profile")
    @APIResponse(responseCode = "200", description = "The settings as stored")
    @APIResponse(responseCode = "400", description = "taxMode not INCLUSIVE or EXCLUSIVE, cashRounding not 0.01, 0.05 or 0.10,"
            + " a malformed jurisdiction (each named)")
    @APIResponse(responseCode = "404", description = "No such branch (field code)")
    @APIResponse(responseCode = "422", description = "HQ has no tax rates for the jurisdiction (field jurisdiction)")
    public TillSettingsBody configureTill(@PathParam("code") String code, TillSettingsBody body) {
        Branch b = tills.configure(code, required("body", body).jurisdiction(), body.taxMode(), body.cashRounding());
        return new TillSettingsBody(b.getJurisdiction(), b.getTaxMode(), b.getCashRounding());
    }

    @PUT
    @Path("{code}/price-group")
    @RolesAllowed(HqAccounts.ADMIN)
    public PriceGroup assignPriceGroup(@PathParam("code") String code, PriceGroup group) {
        return new PriceGroup(registry.assignPriceGroup(code, required("body", group).priceGroup()).getPriceGroup());
    }

    @POST
    @Path("{code}/api-key")
    @RolesAllowed(HqAccounts.ADMIN)
    public ApiKey rotateKey(@PathParam("code") String code) {
        return new ApiKey(registry.rotateKey(code));
    }

    /** The branch calling with its own key: 403 for another branch's code or an inactive branch. */
    public static Branch callingBranch(BranchRegistry registry, SecurityContext security, String code) {
        String caller = security.getUserPrincipal().getName();
        if (!caller.equals(ApiAuthentication.BRANCH_PREFIX + code)) {
            throw ProblemException.forbidden("This key belongs to another branch.");
        }
        Branch branch = registry.require(code);
        if (!branch.isActive()) {
            throw ProblemException.forbidden("Branch " + code + " is inactive; HQ accepts nothing from it.");
        }
        return branch;
    }

    BranchProfile profile(Branch b) {
        return new BranchProfile(b.getCode(), b.getName(), b.getLocation(), b.getUrl(), b.getTimeZone().getId(),
                b.getCurrency(), b.isActive(), tills.settingsOf(b));
    }
}
