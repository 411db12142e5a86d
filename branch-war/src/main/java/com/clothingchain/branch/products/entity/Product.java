package com.clothingchain.branch.products.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** Something the shop sells, known by its SKU. Sold products are deactivated, never deleted. */
@Entity
@Table(name = "products")
@NamedQuery(name = Product.BY_SKU, query = "select p from Product p where p.sku = :sku")
@NamedQuery(name = Product.OF_STYLES, query = "select p from Product p where p.styleCode in :styles and p.active = true order by p.sku")
@NamedQuery(name = Product.BY_SKUS, query = "select p from Product p where p.sku in :skus")
@NamedQuery(name = Product.BY_BARCODE, query = "select p from Product p where p.barcode = :barcode")
@NamedQuery(name = Product.SEARCH, query = "select p from Product p where (:activeOnly = false or p.active = true)"
        + " and (lower(p.sku) like :text or lower(p.name) like :text or p.barcode like :text) order by p.sku")
@NamedQuery(name = Product.COUNT, query = "select count(p) from Product p where (:activeOnly = false or p.active = true)"
        + " and (lower(p.sku) like :text or lower(p.name) like :text or p.barcode like :text)")
@NamedQuery(name = Product.CATEGORIES, query = "select distinct p.category from Product p where p.active = true order by p.category")
@NamedQuery(name = Product.ALL, query = "select p from Product p order by p.sku")
@NamedQuery(name = Product.OF_CATEGORY, query = "select p from Product p where p.category = :category order by p.sku")
public class Product implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_SKU = "Product.bySku";
    public static final String BY_SKUS = "Product.bySkus";
    public static final String OF_STYLES = "Product.ofStyles";
    public static final String SEARCH = "Product.search";
    public static final String BY_BARCODE = "Product.byBarcode";
    public static final String COUNT = "Product.count";
    public static final String CATEGORIES = "Product.categories";
    public static final String ALL = "Product.all";
    public static final String OF_CATEGORY = "Product.ofCategory";
    public static final String STANDARD_TAX = "STANDARD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String sku;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(nullable = false, length = 64)
    private String category;

    @Column(nullable = false, length = 16)
    private String size;

    @Column(nullable = false, length = 32)
    private String colour;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private boolean active = true;

    @Column(length = 13)
    private String barcode;

    @Column(name = "style_code", length = 32)
    private String styleCode;

    /** Picks the product's tax rate among the branch's; {@code STANDARD} when HQ named none. */
    @Column(name = "tax_category", length = 16)
    private String taxCategory;

    /** The catalogue version HQ last sent this product with; null for a product the branch made itself. */
    @Column(name = "catalogue_version")
    private Long catalogueVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String sku, ProductDetails details, Instant createdAt) {
        this.sku = sku;
        this.createdAt = createdAt;
        describe(details);
    }

    public final void describe(ProductDetails details) {
        this.name = details.name();
        this.category = details.category();
        this.size = details.size();
        this.colour = details.colour();
        this.price = details.price();
    }

    /** A copy of HQ's variant as of catalogue version {@code version}, at the price effective on the open date. */
    public void replicate(long version, String barcode, String styleCode, String taxCategory, ProductDetails details, boolean active) {
        describe(details);
        this.taxCategory = taxCategory;
        this.barcode = barcode;
        this.styleCode = styleCode;
        this.active = active;
        this.catalogueVersion = version;
    }

    public ProductDetails details() {
        return new ProductDetails(name, category, size, colour, price);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getTaxCategory() {
        return taxCategory == null ? STANDARD_TAX : taxCategory;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getSize() {
        return size;
    }

    public String getColour() {
        return colour;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public boolean isActive() {
        return active;
    }

    public String getBarcode() {
        return barcode;
    }

    public String getStyleCode() {
        return styleCode;
    }

    public Long getCatalogueVersion() {
        return catalogueVersion;
    }

    /** Kept at HQ and replicated here: the branch does not change it. */
    public boolean isFromHq() {
        return catalogueVersion != null;
    }
}
