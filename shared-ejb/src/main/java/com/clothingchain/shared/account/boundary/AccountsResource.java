package com.clothingchain.shared.account.boundary;

import com.clothingchain.shared.account.control.SiteAccounts;
import com.clothingchain.shared.account.entity.UserAccount;
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
import jakarta.ws.rs.core.UriInfo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.clothingchain.shared.problem.Fields.required;

/**
 * A site's user accounts for its administrators' tools, the same operations as the users page: list, create,
 * rename, change roles, disable or enable, reset a password (the owner must choose a new one at the next sign-in).
 * Each site's API subclasses it at {@code users}, names the administrator role with {@code @RolesAllowed} on
 * the class and gives its accounts.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AccountsResource {

    public record Account(String username, String displayName, List<String> roles, boolean enabled,
                          boolean passwordChangeRequired, int failedSignIns) {
        static Account of(UserAccount a) {
            return new Account(a.getUsername(), a.getDisplayName(), a.getRoles().stream().sorted().toList(), a.isEnabled(),
                    a.isPasswordChangeRequired(), a.getFailedSignIns());
        }
    }

    public record NewAccount(String username, String displayName, String password, Set<String> roles) {
    }

    /** Any of the fields; those left out stay as they are. */
    public record Change(String displayName, Set<String> roles, Boolean enabled) {
    }

    public record PasswordReset(String password) {
    }

    @Context
    UriInfo uri;

    protected abstract SiteAccounts accounts();

    @GET
    public List<Account> all() {
        return accounts().all().stream().map(Account::of).toList();
    }

    @GET
    @Path("{username}")
    public Account get(@PathParam("username") String username) {
        return Account.of(accounts().require(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount account) {
        required("body", account);
        UserAccount created = accounts().register(account.username(), account.displayName(), account.password(),
                account.roles() == null ? null : new HashSet<>(account.roles()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getUsername()).build()).entity(Account.of(created)).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account change(@PathParam("username") String username, Change change) {
        required("body", change);
        return Account.of(accounts().change(username, change.displayName(),
                change.roles() == null ? null : new HashSet<>(change.roles()), change.enabled()));
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("username") String username, PasswordReset reset) {
        accounts().resetPassword(username, required("body", reset).password());
        return Response.noContent().build();
    }
}
