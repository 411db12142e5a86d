package com.clothingchain.branch.site.entity;

import com.clothingchain.contract.BranchProfile;
import com.clothingchain.contract.TillSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/** This branch's entry in HQ's registry, as HQ last confirmed it; kept so the branch works while HQ is unreachable. */
@Entity
@Table(name = "branch_profile")
public class RegistryEntry {

    public static final int THE_ONLY_ROW = 1;

    @Id
    private int id = THE_ONLY_ROW;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(nullable = false)
    private String location;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean active;

    @Column(length = 32)
    private String jurisdiction;

    @Column(name = "tax_mode", nullable = false, length = 9)
    private String taxMode = TillSettings.INCLUSIVE;

    @Column(name = "cash_rounding", nullable = false, precision = 19, scale = 2)
    private BigDecimal cashRounding = new BigDecimal("0.01");

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    protected RegistryEntry() {
    }

    public RegistryEntry(BranchProfile profile, Instant verifiedAt) {
        update(profile, verifiedAt);
    }

    public final void update(BranchProfile profile, Instant verifiedAt) {
        this.code = profile.code();
        this.name = profile.name();
        this.location = profile.location();
        this.timeZone = profile.timeZone();
        this.currency = profile.currency();
        this.active = profile.active();
        this.verifiedAt = verifiedAt;
        TillSettings till = profile.till();
        if (till != null) {
            this.jurisdiction = till.jurisdiction();
            this.taxMode = TillSettings.EXCLUSIVE.equals(till.taxMode()) ? TillSettings.EXCLUSIVE : TillSettings.INCLUSIVE;
            this.cashRounding = till.cashRounding() == null ? new BigDecimal("0.01") : till.cashRounding();
        }
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getTaxMode() {
        return taxMode;
    }

    public BigDecimal getCashRounding() {
        return cashRounding;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLocation() {
        return location;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
