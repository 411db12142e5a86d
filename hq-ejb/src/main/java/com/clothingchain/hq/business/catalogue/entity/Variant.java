package com.clothingchain.hq.business.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * What a shop sells and scans: one size and colour of a style, with its SKU and barcode. {@code changedIn} is the
 * catalogue version of its latest change (its own, its style's or one of its prices).
 */
@Entity
@Table(name = "variants")
@NamedQuery(name = Variant.OF_STYLE, query = "select v from Variant v where v.style.code = :style order by v.changedIn")
@NamedQuery(name = Variant.BY_SKU, query = "select v from Variant v where v.sku = :sku")
@NamedQuery(name = Variant.BY_GTIN, query = "select v from Variant v where v.gtin = :gtin")
@NamedQuery(name = Variant.CHANGED_SINCE, query = "select v from Variant v join fetch v.style s join fetch s.category"
        + " where v.changedIn > :since order by v.changedIn")
public class Variant {

    public static final String OF_STYLE = "Variant.ofStyle";
    public static final String BY_SKU = "Variant.bySku";
    public static final String BY_GTIN = "Variant.byGtin";
    public static final String CHANGED_SINCE = "Variant.changedSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "style_id", nullable = false)
    private Style style;

    @Column(nullable = false, unique = true, length = 64)
    private String sku;

    @Column(nullable = false, length = 13)
    private String barcode;

    @Column(nullable = false, unique = true, length = 14)
    private String gtin;

    @Column(nullable = false, length = 16)
    private String size;

    @Column(nullable = false, length = 32)
    private String colour;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "changed_in", nullable = false)
    private long changedIn;

    protected Variant() {
    }

    public Variant(Style style, String sku, String size, String colour) {
        this.style = style;
        this.sku = sku;
        this.size = size;
        this.colour = colour;
    }

    public void label(String barcode, String gtin, boolean active) {
        this.barcode = barcode;
        this.gtin = gtin;
        this.active = active;
    }

    public void changedIn(long version) {
        this.changedIn = version;
    }

    public Long getId() {
        return id;
    }

    public Style getStyle() {
        return style;
    }

    public String getSku() {
        return sku;
    }

    public String getBarcode() {
        return barcode;
    }

    public String getGtin() {
        return gtin;
    }

    public String getSize() {
        return size;
    }

    public String getColour() {
        return colour;
    }

    /** On sale: the variant and its style are both active. */
    public boolean isSellable() {
        return active && style.isActive();
    }

    public boolean isActive() {
        return active;
    }

    public long getChangedIn() {
        return changedIn;
    }
}
