package com.clothingchain.hq.api.revenue.boundary;

import com.clothingchain.contract.DailyRevenueRecord;
import com.clothingchain.contract.DailyRevenueReport;
import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.security.boundary.ApiAuthentication;
import com.clothingchain.hq.api.support.FirstSendings;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.revenue.control.DailyRevenueBook;
import com.clothingchain.hq.business.revenue.control.ReportFigures;
import com.clothingchain.hq.business.revenue.entity.DailyRevenue;
import com.clothingchain.hq.business.revenue.entity.Figures;
import jakarta.annotation.security.RolesAllowed;
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

        DailyRevenueBook.Stored stored = FirstSendings.stored(() -> book.record(branch, date, figures));
        return Response.status(stored.outcome() == DailyRevenueBook.Outcome.CREATED ? 201 : 200)
                .entity(record(stored.report())).build();
    }

    /** The report's figures, checked by the revenue rules ({@link ReportFigures}), each refusal naming its field. */
    static Figures validFigures(DailyRevenueReport report) {
        return ReportFigures.of(report);
    }

    static DailyRevenueRecord record(DailyRevenue d) {
        return new DailyRevenueRecord(d.getBranch().getCode(), d.getBusinessDate(), d.getRevenue(), d.getLoss(),
                d.getTransactionCount(), d.getRevision(), d.getReceivedAt(), d.getTenders(), d.getTaxTotal(), d.getRefunds(),
                d.getCashVariance());
    }
}
