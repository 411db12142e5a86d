package com.clothingchain.branch.credit.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.credit.control.StoreCredits;
import com.clothingchain.branch.credit.entity.StoreCredit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Credit notes of this branch by their number, for the clerk a customer shows one to. */
@Path("store-credits")
@Produces(MediaType.APPLICATION_JSON)
public class StoreCreditsResource {

    /**
     * A credit note: {@code returnId} and {@code receiptNumber} are the refund it came from and that refund's receipt;
     * {@code spent} the receipts it paid, oldest first.
     */
    public record StoreCreditView(String number, BigDecimal amount, BigDecimal balance, LocalDate issuedOn, Instant issuedAt,
                                  String issuedBy, long returnId, String receiptNumber, List<String> spent) {
        public static StoreCreditView of(StoreCredit c, List<String> spent) {
            return new StoreCreditView(c.getNumber(), c.getAmount(), c.getBalance(), c.getIssuedOn(), c.getIssuedAt(), c.getIssuedBy(),
                    c.getProductReturn().getId(), c.getProductReturn().getReceipt().getReceiptNumber(), spent);
        }
    }

    @Inject
    StoreCredits credits;

    @GET
    @Path("{number}")
    @RolesAllowed(BranchAccounts.CLERK)
    public StoreCreditView get(@PathParam("number") String number) {
        StoreCredit note = credits.require(number);
        return StoreCreditView.of(note, credits.spentOn(note));
    }
}
