package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.site.control.BranchSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZonedDateTime;

/** A printable receipt (/sales/receipt.xhtml?number=...). */
@Named("receipt")
@RequestScoped
public class ReceiptBacking {

    @Inject
    Checkout checkout;

    @Inject
    BranchSite site;

    private String number;
    private Receipt found;

    public void load() {
        found = checkout.find(number).orElse(null);
    }

    public Receipt getFound() {
        return found;
    }

    /** When it was sold, in the branch's time zone. */
    public ZonedDateTime getSoldAt() {
        return found == null ? null : found.getSoldAt().atZone(site.zone());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
