package com.clothingchain.shared.audit.control;

import com.clothingchain.shared.audit.entity.AuditEvent;
import com.clothingchain.shared.audit.entity.AuditFilter;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.web.RequestOrigin;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A site's audit log. Entries are written in the transaction of the change they record, so an entry exists
 * exactly when its change was committed; nothing updates or deletes them. Each site subclasses it over its own
 * persistence unit (a branch as a transactional CDI bean, HQ as a stateless EJB, see {@code HqAuditTrail}).
 */
public abstract class AuditTrail {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext security;

    @Inject
    RequestOrigin origin;

    protected abstract EntityManager entityManager();

    /** Records what the caller of the current request (or the system, in a timer) did. */
    public void record(AuditType event, String subject, String detail) {
        record(caller(), origin(), event, subject, detail);
    }

    /** Records an event whose actor is known otherwise, e.g. the user name given at a sign-in. */
    public void record(String actor, String address, AuditType event, String subject, String detail) {
        entityManager().persist(new AuditEvent(Clock.systemUTC().instant(), actor == null ? SYSTEM : actor, address,
                event, subject, detail));
    }

    /** Newest first. */
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        return query(filter, "select e from AuditEvent e", AuditEvent.class, " order by e.occurredAt desc, e.id desc")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(AuditFilter filter) {
        return query(filter, "select count(e) from AuditEvent e", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, Class<T> type, String order) {
        List<String> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
        }
        if (filter.actor() != null) {
            where.add("e.actor = :actor");
        }
        if (filter.event() != null) {
            where.add("e.event = :event");
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = entityManager().createQuery(jpql, type);
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.event() != null) {
            query.setParameter("event", filter.event().name());
        }
        return query;
    }

    private String caller() {
        Principal principal;
        try {
            principal = security == null ? null : security.getCallerPrincipal();
        } catch (RuntimeException outsideOfAnyCall) {
            // e.g. at start-up, where some servers have no security context at all
            principal = null;
        }
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || name.equalsIgnoreCase("anonymous") ? SYSTEM : name;
    }

    private String origin() {
        try {
            return origin == null ? null : origin.address();
        } catch (ContextNotActiveException notInARequest) {
            return null;
        }
    }
}
