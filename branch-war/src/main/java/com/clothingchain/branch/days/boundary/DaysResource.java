package com.clothingchain.branch.days.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.days.entity.DayTotals;
import com.clothingchain.branch.days.entity.TillFigures;
import java.util.Map;
import com.clothingchain.branch.sync.boundary.ServiceCallView;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.contract.VariantDayReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Business days: the open day's running totals, past days' frozen totals, and closing a day. */
@Path("days")
@Produces(MediaType.APPLICATION_JSON)
public class DaysResource {

    /** {@code tenders} (tender → amount taken, refunds deducted), {@code taxTotal}, {@code refunds}, {@code cashVariance}: null before tills. */
    @JsonbNillable
    public record DayView(LocalDate businessDate, String status, BigDecimal revenue, BigDecimal loss, int transactionCount,
                          Map<String, BigDecimal> tenders, BigDecimal taxTotal, BigDecimal refunds, BigDecimal cashVariance,
                          ServiceCallView report) {
    }

    @Inject
    BusinessDays days;

    @Inject
    Outbox outbox;

    @Context
    SecurityContext security;

    @GET
    @Path("current")
    @RolesAllowed(BranchAccounts.CLERK)
    public DayView current() {
        return view(days.open());
    }

    @GET
    @Path("{businessDate}")
    @RolesAllowed(BranchAccounts.CLERK)
    public DayView get(@PathParam("businessDate") String businessDate) {
        return view(require(businessDate));
    }

    /**
     * The date's figures per variant (sold, returned, written off, on hand after the date), with the day's totals they add
     * up to: what its call to HQ sends (revision 0 here); an open date's so far.
     */
    @GET
    @Path("{businessDate}/variant-figures")
    @RolesAllowed(BranchAccounts.MANAGER)
    public VariantDayReport variantFigures(@PathParam("businessDate") String businessDate) {
        return days.variantFigures(require(businessDate).getBusinessDate(), 0);
    }

    /** Closes the day: its totals are frozen and its report to HQ is queued. */
    @POST
    @Path("{businessDate}/close")
    @RolesAllowed(BranchAccounts.MANAGER)
    public Response close(@PathParam("businessDate") String businessDate) {
        BusinessDay closed = days.close(date("businessDate", businessDate), security.getUserPrincipal().getName());
        return Response.accepted(view(closed)).build();
    }

    private BusinessDay require(String businessDate) {
        LocalDate date = date("businessDate", businessDate);
        return days.find(date).orElseThrow(() -> ProblemException.notFound("businessDate",
                "Business date " + date + " has not been opened at this branch."));
    }

    private DayView view(BusinessDay day) {
        DayTotals totals = days.totals(day);
        TillFigures till = totals.till();
        return new DayView(day.getBusinessDate(), day.getStatus().name(), totals.revenue(), totals.loss(), totals.transactionCount(),
                till == null ? null : till.getTenders(), till == null ? null : till.getTaxTotal(),
                till == null ? null : till.getRefunds(), till == null ? null : till.getCashVariance(),
                outbox.dailyReportOf(day.getBusinessDate()).map(ServiceCallView::of).orElse(null));
    }
}
