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

/** A style (a model of garment) of one category; what is sold is its variants. */
@Entity
@Table(name = "styles")
@NamedQuery(name = Style.BY_CODE, query = "select s from Style s where s.code = :code")
public class Style {

    public static final String BY_CODE = "Style.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @Column(length = 32)
    private String season;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    protected Style() {
    }

    public Style(String code) {
        this.code = code;
    }

    public void describe(String name, Category category, String season, String description, boolean active) {
        this.name = name;
        this.category = category;
        this.season = season;
        this.description = description;
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Category getCategory() {
        return category;
    }

    public String getSeason() {
        return season;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
