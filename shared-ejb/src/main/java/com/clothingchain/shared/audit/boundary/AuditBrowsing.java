package com.clothingchain.shared.audit.boundary;

import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditEvent;
import com.clothingchain.shared.audit.entity.AuditFilter;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The audit page of a site (HQ's administrators, a branch's managers): entries filtered by dates (in the site's
 * time zone), actor and kind, newest first, paged in the database. Each site's page bean extends it and hands
 * {@link #page} and {@link #count} to its lazy table.
 */
public abstract class AuditBrowsing implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private AuditType event;
    private AuditFilter filter = AuditFilter.all();

    protected abstract AuditTrail audit();

    /** The zone the dates of the filter and the times shown are in. */
    public abstract ZoneId getZone();

    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            FieldMessages.error("filters:to", "The last day comes before the first.");
            return;
        }
        try {
            filter = new AuditFilter(from == null ? null : from.atStartOfDay(getZone()).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(getZone()).toInstant(), actor, event);
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> "filters:" + field);
        }
    }

    public List<AuditEvent> page(int first, int size) {
        return audit().search(filter, first, size);
    }

    public int count() {
        return (int) Math.min(Integer.MAX_VALUE, audit().count(filter));
    }

    public ZonedDateTime local(AuditEvent event) {
        return event.getOccurredAt().atZone(getZone());
    }

    public AuditType[] getEvents() {
        return AuditType.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditType getEvent() {
        return event;
    }

    public void setEvent(AuditType event) {
        this.event = event;
    }
}
