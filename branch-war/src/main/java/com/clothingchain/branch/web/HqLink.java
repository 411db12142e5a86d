package com.clothingchain.branch.web;

import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.site.control.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * For every page: whether HQ accepts this branch (the banner), and the branch as HQ knows it: name, address and
 * the currency of its amounts.
 */
@Named("hq")
@RequestScoped
public class HqLink {

    @Inject
    BranchSite site;

    /** Set when a person must act (configuration or the key): the branch keeps working but can not report. */
    public String getProblem() {
        Verification verification = site.verification();
        return verification.needsAttention() ? verification.detail() : null;
    }

    public String getBranchName() {
        return site.name();
    }

    public String getLocation() {
        return site.location();
    }

    public String getCurrency() {
        return site.currency();
    }
}
