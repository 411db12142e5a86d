package com.clothingchain.branch.tills.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A way to pay as HQ defined it, as this branch last heard. */
@Entity
@Table(name = "tenders")
public class TenderType {

    /** How the till treats a tender: cash is counted in the drawer and gives change; a card keeps an approval reference. */
    public enum Kind { CASH, CARD, VOUCHER, OTHER }

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(nullable = false)
    private boolean active;

    protected TenderType() {
    }

    public TenderType(String code, String name, Kind kind, boolean active) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isCash() {
        return kind == Kind.CASH;
    }
}
