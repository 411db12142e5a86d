package com.clothingchain.hq.business.catalogue.entity;

import java.io.Serializable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** The sizes a category's styles come in, in their order on a label and a grid (XS..XXL, 28..40, one size). */
@Entity
@Table(name = "size_scales")
@NamedQuery(name = SizeScale.ALL, query = "select s from SizeScale s order by s.code")
public class SizeScale implements Serializable {

    public static final String ALL = "SizeScale.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "size_scale_sizes", joinColumns = @JoinColumn(name = "size_scale_id"))
    @OrderColumn(name = "seq")
    @Column(name = "size", nullable = false, length = 16)
    private List<String> sizes = new ArrayList<>();

    protected SizeScale() {
    }

    public SizeScale(String code, String name, List<String> sizes) {
        this.code = code;
        this.name = name;
        this.sizes = new ArrayList<>(sizes);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<String> getSizes() {
        return List.copyOf(sizes);
    }
}
