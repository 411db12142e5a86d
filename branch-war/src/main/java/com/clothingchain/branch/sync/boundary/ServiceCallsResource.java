package com.clothingchain.branch.sync.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.sync.control.Outbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The outbox of calls to HQ, for managers: what was sent, what waits, what HQ refused; and sending again. */
@Path("service-calls")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceCallsResource {

    private static final int SHOWN = 400;

    @Inject
    Outbox outbox;

    /** The latest calls, newest business date first. */
    @GET
    @RolesAllowed(BranchAccounts.MANAGER)
    public List<ServiceCallView> recent() {
        return outbox.recent(SHOWN).stream().map(ServiceCallView::of).toList();
    }

    /** Sends a rejected or still failing call again now; after a conflict, as a higher revision. */
    @POST
    @Path("{id}/requeue")
    @RolesAllowed(BranchAccounts.MANAGER)
    public ServiceCallView requeue(@PathParam("id") long id) {
        return ServiceCallView.of(outbox.requeue(id));
    }
}
