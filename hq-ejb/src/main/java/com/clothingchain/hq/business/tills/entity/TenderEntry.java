package com.clothingchain.hq.business.tills.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A way to pay the chain takes: CASH, CARD, VOUCHER or OTHER as its kind. Never deleted: reports name it. */
@Entity
@Table(name = "tenders")
@NamedQuery(name = TenderEntry.ALL, query = "select t from TenderEntry t order by t.code")
public class TenderEntry implements Serializable {

    public static final String ALL = "TenderEntry.all";

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false, length = 8)
    private String kind;

    @Column(nullable = false)
    private boolean active;

    protected TenderEntry() {
    }

    public TenderEntry(String code, String name, String kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
