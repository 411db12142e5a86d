package com.clothingchain.branch.days.control;

import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * Closes the open business date once the branch's closing time ({@code chain.branch.closing-time}, default
 * 22:00 in the branch's time zone; 00:00 is midnight at the end of the date) has passed. The next date opens at
 * once, with its prices: a price HQ scheduled from a date applies from the close of the date before. After downtime every past date still open is closed, each in
 * its own transaction with its own report: one report per date, none merged.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EndOfDay {

    private static final Logger LOG = Logger.getLogger(EndOfDay.class.getName());
    private static final int MOST_DAYS_AT_ONCE = 3660;
    static final String CLOSED_BY = "end-of-day timer";

    @Inject
    BusinessDays days;

    @Inject
    BranchSite site;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chain.branch.closing-time", defaultValue = "22:00")
    LocalTime closingTime;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "end-of-day")
    public void closeDueDays() {
        for (int closed = 0; closed < MOST_DAYS_AT_ONCE; closed++) {
            LocalDate open = days.open().getBusinessDate();
            if (!isOver(open)) {
                return;
            }
            try {
                BusinessDay day = days.close(open, CLOSED_BY);
                LOG.info("Closed business date " + day.getBusinessDate() + "; its report to HQ is queued.");
            } catch (ProblemException closedMeanwhile) {
                // a manager closed it at the same moment: look again
            }
        }
    }

    /**
     * A date is over once the closing time has passed on it in the branch's time zone; a closing time of 00:00 is
     * the midnight that ends the date (a day can not close at its own start).
     */
    boolean isOver(LocalDate date) {
        LocalDateTime closes = closingTime.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay() : date.atTime(closingTime);
        return !LocalDateTime.ofInstant(clock.instant(), site.zone()).isBefore(closes);
    }
}
