package com.clothingchain.branch.web;

import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.site.control.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** For the banner on every page: whether HQ accepts this branch, and the branch's name as HQ knows it. */
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
}
