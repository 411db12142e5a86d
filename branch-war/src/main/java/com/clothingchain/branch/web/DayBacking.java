package com.clothingchain.branch.web;

import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.products.control.CatalogueReplica;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The day page (/index.xhtml): the open day's running totals, the days before it, and closing a day (managers). */
@Named("day")
@ViewScoped
public class DayBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAST_DAYS = 30;
    private static final int MAX_POLLS = 40;
    private static final DateTimeFormatter PULLED = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    @Inject
    BusinessDays days;

    @Inject
    Outbox outbox;

    @Inject
    CatalogueReplica replica;

    @Inject
    BranchSite site;

    private transient DaySummary open;
    private transient List<DaySummary> past;
    private transient Outbox.Backlog backlog;
    private transient CatalogueReplica.State catalogue;
    private int polls;

    public DaySummary getOpen() {
        if (open == null) {
            BusinessDay day = days.open();
            open = new DaySummary(day, days.totals(day), null, null);
        }
        return open;
    }

    /** The closed days, newest first. */
    public List<DaySummary> getPast() {
        if (past == null) {
            List<BusinessDay> closed = days.recent(PAST_DAYS + 1).stream().filter(day -> !day.isOpen()).limit(PAST_DAYS).toList();
            List<LocalDate> dates = closed.stream().map(BusinessDay::getBusinessDate).toList();
            Map<LocalDate, ServiceCall> reports = outbox.callsOf(ServiceCall.SEND_REVENUE_LOSS, dates);
            Map<LocalDate, ServiceCall> figures = outbox.callsOf(ServiceCall.SEND_VARIANT_FIGURES, dates);
            past = closed.stream().map(day -> new DaySummary(day, days.totals(day), reports.get(day.getBusinessDate()),
                    figures.get(day.getBusinessDate()))).toList();
        }
        return past;
    }

    /** Whether the open date may be closed now: it has begun (after the closing time the open date is tomorrow). */
    public boolean isClosable() {
        return !getOpen().getBusinessDate().isAfter(days.today());
    }

    /** The date bookings go to once the open date is closed. */
    public LocalDate getNextDate() {
        return getOpen().getBusinessDate().plusDays(1);
    }

    /**
     * While a report waits for HQ the page asks every few seconds, for two minutes at most: an idle page must not
     * keep its session alive (while HQ is down a report may wait for hours; a reload looks again).
     */
    public boolean isWaitingForHq() {
        return getBacklog().pending() > 0 && polls < MAX_POLLS;
    }

    /** The poll's refresh: figures and reports as they are now. */
    public void refresh() {
        polls++;
        open = null;
        past = null;
        backlog = null;
        catalogue = null;
    }

    /** What waits for HQ: how many reports, since which date, and the last error. */
    public Outbox.Backlog getBacklog() {
        if (backlog == null) {
            backlog = outbox.backlog();
        }
        return backlog;
    }

    /** The branch's copy of HQ's catalogue: the version held, the last pull and its error. */
    public CatalogueReplica.State getCatalogue() {
        if (catalogue == null) {
            catalogue = replica.state();
        }
        return catalogue;
    }

    /** When the catalogue was last pulled, in the branch's words (never: still waiting for the first pull). */
    public String getCataloguePulled() {
        Instant at = getCatalogue().pulledAt();
        return at == null ? "never" : PULLED.format(at.atZone(site.zone()));
    }

    /** Sends a rejected or failing report again now (managers); after a conflict as the next revision. */
    public void sendAgain(long serviceCallId) {
        SendAgain.call(outbox, serviceCallId);
        past = null;
        backlog = null;
        catalogue = null;
    }

    /** Closes the open day: its totals are frozen, its report to HQ is queued, and the next day opens. */
    public void close() {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        LocalDate date = getOpen().getBusinessDate();
        try {
            days.close(date, Caller.name());
            FieldMessages.info("Business date " + date + " is closed; its report to HQ is queued. Bookings now go to "
                    + date.plusDays(1) + ".");
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null);
        }
        open = null;
        past = null;
        backlog = null;
        catalogue = null;
    }
}
