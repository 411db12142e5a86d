package com.clothingchain.hq.business.branches.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A branch office: a tenant of the chain, known by its code, authenticated by its API key. */
@Entity
@Table(name = "branches")
@NamedQuery(name = Branch.BY_CODE, query = "select b from Branch b where b.code = :code")
@NamedQuery(name = Branch.ALL, query = "select b from Branch b order by b.code")
@NamedQuery(name = Branch.BY_KEY_HASH, query = "select b from Branch b where b.apiKeyHash = :hash")
@NamedQuery(name = Branch.IN_PRICE_GROUP, query = "select b from Branch b where b.priceGroup = :group and b.active = true order by b.code")
public class Branch implements Serializable {

    public static final String BY_CODE = "Branch.byCode";
    public static final String ALL = "Branch.all";
    public static final String BY_KEY_HASH = "Branch.byKeyHash";
    public static final String IN_PRICE_GROUP = "Branch.inPriceGroup";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(nullable = false)
    private String location;

    @Column(nullable = false, length = 512)
    private String url;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "api_key_hash", nullable = false, length = 64)
    private String apiKeyHash;

    @Column(name = "key_issued_at", nullable = false)
    private Instant keyIssuedAt;

    /** Written by the feed ({@code BranchRegistry.cataloguePulled}) without touching the row's version. */
    /** A label shared by branches that get the same prices (a price set for the group is set for each of them). */
    @Column(name = "price_group", length = 16)
    private String priceGroup;

    /** The tax jurisdiction whose rates the branch's till applies; null: none set yet. */
    @Column(length = 32)
    private String jurisdiction;

    /** INCLUSIVE: prices include tax; EXCLUSIVE: tax is added at the till. */
    @Column(name = "tax_mode", nullable = false, length = 9)
    private String taxMode = "INCLUSIVE";

    /** The step cash totals are rounded to (0.01: none). */
    @Column(name = "cash_rounding", nullable = false, precision = 19, scale = 2)
    private BigDecimal cashRounding = new BigDecimal("0.01");

    @Column(name = "catalogue_version", insertable = false, updatable = false)
    private Long catalogueVersion;

    @Column(name = "catalogue_pulled_at", insertable = false, updatable = false)
    private Instant cataloguePulledAt;

    @Version
    private long version;

    protected Branch() {
    }

    public Branch(String code, String name, String location, String url, ZoneId timeZone, String currency, LocalDate registeredOn) {
        this.code = code;
        this.registeredOn = registeredOn;
        describe(name, location, url, timeZone);
        this.currency = currency;
    }

    public final void describe(String name, String location, String url, ZoneId timeZone) {
        this.name = name;
        this.location = location;
        this.url = url;
        this.timeZone = timeZone.getId();
    }

    public void issueKey(String apiKeyHash, Instant issuedAt) {
        this.apiKeyHash = apiKeyHash;
        this.keyIssuedAt = issuedAt;
    }

    public Long getId() {
        return id;
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

    public String getUrl() {
        return url;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public String getPriceGroup() {
        return priceGroup;
    }

    public void setPriceGroup(String priceGroup) {
        this.priceGroup = priceGroup;
    }

    /** How the branch's till works; the values are checked by the tills' rules ({@code Tills.configure}). */
    public void setTill(String jurisdiction, String taxMode, BigDecimal cashRounding) {
        this.jurisdiction = jurisdiction;
        this.taxMode = taxMode;
        this.cashRounding = cashRounding;
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

    public String getCurrency() {
        return currency;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The catalogue version the branch last said it holds (null: it never pulled). */
    public Long getCatalogueVersion() {
        return catalogueVersion;
    }

    public Instant getCataloguePulledAt() {
        return cataloguePulledAt;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getApiKeyHash() {
        return apiKeyHash;
    }

    public Instant getKeyIssuedAt() {
        return keyIssuedAt;
    }
}
