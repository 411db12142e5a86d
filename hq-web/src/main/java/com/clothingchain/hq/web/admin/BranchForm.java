package com.clothingchain.hq.web.admin;

import com.clothingchain.hq.business.branches.entity.Branch;

import java.io.Serializable;
import java.math.BigDecimal;

/** The fields of the branch form, for registering a branch or editing one. */
public class BranchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String location;
    private String url;
    private String timeZone = "UTC";
    private String currency = "USD";
    private String priceGroup;
    private String jurisdiction;
    private String taxMode = "INCLUSIVE";
    private BigDecimal cashRounding = new BigDecimal("0.01");

    void fill(Branch branch) {
        jurisdiction = branch.getJurisdiction();
        taxMode = branch.getTaxMode();
        cashRounding = branch.getCashRounding();
        code = branch.getCode();
        name = branch.getName();
        location = branch.getLocation();
        url = branch.getUrl();
        timeZone = branch.getTimeZone().getId();
        currency = branch.getCurrency();
        priceGroup = branch.getPriceGroup();
    }

    void clear() {
        code = null;
        name = null;
        location = null;
        url = null;
        timeZone = "UTC";
        currency = "USD";
        priceGroup = null;
        jurisdiction = null;
        taxMode = "INCLUSIVE";
        cashRounding = new BigDecimal("0.01");
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getTaxMode() {
        return taxMode;
    }

    public void setTaxMode(String taxMode) {
        this.taxMode = taxMode;
    }

    public BigDecimal getCashRounding() {
        return cashRounding;
    }

    public void setCashRounding(BigDecimal cashRounding) {
        this.cashRounding = cashRounding;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getPriceGroup() {
        return priceGroup;
    }

    public void setPriceGroup(String priceGroup) {
        this.priceGroup = priceGroup;
    }
}
