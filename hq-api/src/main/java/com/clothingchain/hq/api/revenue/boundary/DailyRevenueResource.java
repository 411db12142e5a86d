package com.clothingchain.hq.api.revenue.boundary;

import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.revenue.control.DailyRevenueBook;
import com.clothingchain.hq.business.revenue.entity.DailyRevenue;
import com.clothingchain.hq.business.revenue.entity.Figures;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.contract.DailyRevenueRecord;
import com.clothingchain.contract.DailyRevenueReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.clothingchain.shared.problem.Fields.date;
import static com.clothingchain.shared.problem.Fields.required;

/** Where branches report each closed business day. The PUT is idempotent, so a branch may always resend. */
@Path("branches/{code}/daily-revenue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DailyRevenueResource {

    @Inject
    BranchRegistry registry;

    @Inject
    DailyRevenueBook book;

    @Context
    SecurityContext security;

    @PUT
    @Path("{businessDate}")
    @RolesAllowed(ApiAuthentication.BRANCH_ROLE)
    public Response report(@PathParam("code") String code, @PathParam("businessDate") String businessDate,
                           DailyRevenueReport report) {
        Branch branch = BranchesResource.callingBranch(registry, security, code);
        LocalDate date = date("businessDate", businessDate);
        Figures figures = validFigures(required("body", report));

        DailyRevenueBook.Stored stored;
        try {
            stored = book.record(branch, date, figures);
        } catch (EJBException concurrentFirstReport) {
            // Another request stored this date first (unique key); compare with what it stored.
            stored = book.record(branch, date, figures);
        }
        return Response.status(stored.outcome() == DailyRevenueBook.Outcome.CREATED ? 201 : 200)
                .entity(record(stored.report())).build();
    }

    static Figures validFigures(DailyRevenueReport report) {
        BigDecimal revenue = amount("revenue", report.revenue());
        BigDecimal loss = amount("loss", report.loss());
        if (loss.signum() < 0) {
            throw ProblemException.unprocessable("loss", "loss must not be negative.");
        }
        int count = required("transactionCount", report.transactionCount());
        if (count < 0) {
            throw ProblemException.unprocessable("transactionCount", "transactionCount must not be negative.");
        }
        int revision = report.revision() == null ? 1 : report.revision();
        if (revision < 1) {
            throw ProblemException.unprocessable("revision", "revision must be 1 or more.");
        }
        return new Figures(revenue, loss, count, revision);
    }

    private static BigDecimal amount(String field, BigDecimal value) {
        required(field, value);
        if (!Money.hasAtMostTwoDecimals(value)) {
            throw ProblemException.unprocessable(field, field + " must have at most two decimals.");
        }
        if (value.abs().compareTo(new BigDecimal("99999999999999999")) > 0) {
            throw ProblemException.unprocessable(field, field + " is too large.");
        }
        return Money.of(value);
    }

    static DailyRevenueRecord record(DailyRevenue d) {
        return new DailyRevenueRecord(d.getBranch().getCode(), d.getBusinessDate(), d.getRevenue(), d.getLoss(),
                d.getTransactionCount(), d.getRevision(), d.getReceivedAt(), java.util.Map.of(), null, null, null);
    }
}
