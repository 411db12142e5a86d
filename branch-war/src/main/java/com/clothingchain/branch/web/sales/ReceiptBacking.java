package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.site.control.BranchSite;
import jakarta.enterprise.context.RequestScoped;
import com.clothingchain.branch.sales.entity.Payment;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import com.clothingchain.branch.tills.control.TillRules;
import com.clothingchain.branch.tills.entity.TenderType;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.ZonedDateTime;

/**
 * A printable receipt (/sales/receipt.xhtml?number=...): the shop as HQ registered it, the lines, the total in the
 * branch's currency, and the number as a barcode the return page can scan. Right after a sale ({@code sold=true})
 * the page also starts the next sale.
 */
@Named("receipt")
@RequestScoped
public class ReceiptBacking {

    @Inject
    Checkout checkout;

    @Inject
    BranchSite site;

    @Inject
    TillRules tillRules;

    private String number;
    private boolean sold;
    private Receipt found;

    public void load() {
        found = checkout.find(number).orElse(null);
    }

    /** The lines as priced less their discounts, before the tax added at the till. */
    public BigDecimal getSubtotal() {
        return found == null ? null : found.getLines().stream().map(ReceiptLine::getNetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String tenderName(String code) {
        if (Payment.EXCHANGE.equals(code)) {
            return "Goods returned in exchange";
        }
        TenderType tender = tillRules.tender(code);
        return tender == null ? code : tender.getName();
    }

    public Receipt getFound() {
        return found;
    }

    /** When it was sold, in the branch's time zone. */
    public ZonedDateTime getSoldAt() {
        return found == null ? null : found.getSoldAt().atZone(site.zone());
    }

    /** The receipt number as a Code 128 barcode (inline SVG). */
    public String getBarcode() {
        return found == null ? "" : Barcode.svg(found.getReceiptNumber(), "Barcode of receipt " + found.getReceiptNumber());
    }

    public boolean isSold() {
        return sold;
    }

    public void setSold(boolean sold) {
        this.sold = sold;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
