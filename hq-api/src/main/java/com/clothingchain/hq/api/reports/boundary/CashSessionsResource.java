package com.clothingchain.hq.api.reports.boundary;

import com.clothingchain.contract.TillSessionReport;
import com.clothingchain.hq.api.support.ReportRequests;
import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.tills.control.TillSessions;
import com.clothingchain.hq.business.tills.entity.SessionFilter;
import com.clothingchain.hq.business.tills.entity.SessionRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.clothingchain.shared.problem.Fields.integer;

/** The till sessions behind the cash report, for managers' own tools. */
@Path("cash")
@Produces(MediaType.APPLICATION_JSON)
public class CashSessionsResource {

    static final int DEFAULT_LIMIT = 100;

    @Inject
    TillSessions sessions;

    @Inject
    BranchRegistry registry;

    /** One session: its branch and currency, the Z report as the branch sent it, its cash variance, when HQ got it. */
    public record Session(String branchCode, String currency, int zNumber, String till, LocalDate businessDate, String clerk,
                          String closedBy, Instant openedAt, Instant closedAt, BigDecimal openingFloat, BigDecimal paidIn,
                          BigDecimal paidOut, BigDecimal cashVariance, List<TillSessionReport.TenderCount> tenders,
                          TillSessionReport.Approval approval, Instant receivedAt) {

        static Session of(SessionRow row) {
            var s = row.session();
            return new Session(row.branchCode(), row.currency(), s.zNumber(), s.till(), s.businessDate(), s.clerk(), s.closedBy(),
                    s.openedAt(), s.closedAt(), s.openingFloat(), s.paidIn(), s.paidOut(), row.cashVariance(), s.tenders(),
                    s.approval(), row.receivedAt());
        }
    }

    /** A page of sessions and how many the filter has in all. */
    public record Page(long total, int offset, int limit, List<Session> sessions) {
    }

    @GET
    @Path("sessions")
    @RolesAllowed(HqAccounts.MANAGER)
    @Operation(summary = "Closed till sessions of all branches, or one, for business dates from..to, of one clerk or all,"
            + " in date, branch and Z number order, a page at a time; amounts in each branch's currency")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, offset or limit out of range (each named)")
    @APIResponse(responseCode = "404", description = "No branch with this code (field branch)")
    @APIResponse(responseCode = "422", description = "from after to, or more than 366 days (field to)")
    public Page list(@QueryParam("from") @Parameter(description = "first business date, YYYY-MM-DD", required = true) String from,
                     @QueryParam("to") @Parameter(description = "last business date, YYYY-MM-DD", required = true) String to,
                     @QueryParam("branch") @Parameter(description = "a branch code; all branches if absent") String branch,
                     @QueryParam("clerk") @Parameter(description = "the user who opened the till; all clerks if absent") String clerk,
                     @QueryParam("offset") @Parameter(description = "sessions to skip, default 0") String offset,
                     @QueryParam("limit") @Parameter(description = "1 to " + TillSessions.MAX_LIMIT + ", default " + DEFAULT_LIMIT) String limit) {
        var filter = new SessionFilter(ReportRequests.filter(registry, from, to, branch), clerk);
        int first = offset == null ? 0 : integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = limit == null ? DEFAULT_LIMIT : integer("limit", limit, 1, TillSessions.MAX_LIMIT);
        return new Page(sessions.sessionCount(filter), first, size,
                sessions.sessions(filter, first, size).stream().map(Session::of).toList());
    }
}
