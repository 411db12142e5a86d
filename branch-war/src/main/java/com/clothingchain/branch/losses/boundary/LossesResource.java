package com.clothingchain.branch.losses.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.losses.control.WriteOffs;
import com.clothingchain.branch.losses.entity.LossWriteOff;
import com.clothingchain.branch.sales.boundary.BookingDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.wholeNumber;

/** Loss write-offs: damaged, stolen or lost goods, valued at the product's current price. */
@Path("losses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LossesResource {

    public record LossInput(String sku, BigDecimal quantity, String reason, String note, String businessDate) {
    }

    public record LossView(long id, LocalDate businessDate, String sku, int quantity, String reason, String note, BigDecimal value) {
        static LossView of(LossWriteOff l) {
            return new LossView(l.getId(), l.getBusinessDate(), l.getProduct().getSku(), l.getQuantity(), l.getReason().name(),
                    l.getNote(), l.getValue());
        }
    }

    @Inject
    WriteOffs writeOffs;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(BranchAccounts.CLERK)
    public Response writeOff(LossInput input) {
        required("body", input);
        LossWriteOff loss = writeOffs.writeOff(input.sku(), wholeNumber("quantity", input.quantity()), input.reason(), input.note(),
                BookingDate.of(input.businessDate()), security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(LossView.of(loss)).build();
    }
}
