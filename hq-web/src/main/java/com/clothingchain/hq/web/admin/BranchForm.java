package com.clothingchain.hq.web.admin;

import com.clothingchain.hq.business.branches.entity.Branch;

import java.io.Serializable;

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

    void fill(Branch branch) {
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
