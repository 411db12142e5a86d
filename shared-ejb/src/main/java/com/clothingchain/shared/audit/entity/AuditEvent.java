package com.clothingchain.shared.audit.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One entry of a site's audit log: who did what, to what, when and from where. Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(updatable = false, length = 64)
    private String address;

    @Column(nullable = false, updatable = false, length = 32)
    private String event;

    @Column(updatable = false, length = 128)
    private String subject;

    @Column(updatable = false, length = 1000)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String address, AuditType event, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 64);
        this.address = cut(address, 64);
        this.event = event.name();
        this.subject = cut(subject, 128);
        this.detail = cut(detail, 1000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getEvent() {
        return event;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
