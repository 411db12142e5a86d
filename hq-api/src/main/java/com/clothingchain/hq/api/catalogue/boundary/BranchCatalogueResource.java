package com.clothingchain.hq.api.catalogue.boundary;

import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.contract.CataloguePage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The catalogue feed a branch replicates, with its own key: what changed since the version it holds. */
@Path("branches/{code}/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class BranchCatalogueResource {

    @Inject
    Catalogue catalogue;

    @Inject
    BranchRegistry registry;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    @Operation(summary = "The variants changed after version since, in version order, whole (upserts; inactive ones"
            + " with active false), each with its price schedule in the branch's currency; ask again with next while more")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "since below 0 or not a number, limit not 1 to " + Catalogue.MAX_PAGE)
    @APIResponse(responseCode = "403", description = "Another branch's key, or an inactive branch")
    public CataloguePage changes(@PathParam("code") String code,
                                 @QueryParam("since") @DefaultValue("0") String since,
                                 @QueryParam("limit") @DefaultValue("500") String limit) {
        var branch = BranchesResource.callingBranch(registry, security, code);
        long held = number("since", since, 0, Long.MAX_VALUE);
        CataloguePage page = catalogue.changesFor(branch, held, (int) number("limit", limit, 1, Catalogue.MAX_PAGE));
        registry.cataloguePulled(branch.getCode(), held);
        return page;
    }

    private static long number(String field, String value, long min, long max) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.badRequest(field, field + " must be a whole number from " + min + " to " + max + ".");
    }
}
