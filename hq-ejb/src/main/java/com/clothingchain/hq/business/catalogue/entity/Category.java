package com.clothingchain.hq.business.catalogue.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A node of the category tree (Women > Tops > T-shirts); its styles come in its size scale. */
@Entity
@Table(name = "categories")
@NamedQuery(name = Category.ALL, query = "select c from Category c order by c.code")
public class Category implements Serializable {

    public static final String ALL = "Category.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Category parent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "size_scale_id", nullable = false)
    private SizeScale sizeScale;

    /** The tax category of its styles' variants at the tills (STANDARD unless given when it was defined). */
    @Column(name = "tax_category", nullable = false, length = 16)
    private String taxCategory = "STANDARD";

    protected Category() {
    }

    public Category(String code, String name, Category parent, SizeScale sizeScale) {
        this(code, name, parent, sizeScale, "STANDARD");
    }

    public Category(String code, String name, Category parent, SizeScale sizeScale, String taxCategory) {
        this.code = code;
        this.name = name;
        this.parent = parent;
        this.sizeScale = sizeScale;
        this.taxCategory = taxCategory;
    }

    public String getTaxCategory() {
        return taxCategory;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Category getParent() {
        return parent;
    }

    public SizeScale getSizeScale() {
        return sizeScale;
    }
}
