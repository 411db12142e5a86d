package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.sales.control.SalesHistory;
import com.clothingchain.branch.sales.entity.ReceiptSummary;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** The receipts of a day (/sales/index.xhtml): the open date unless another is chosen, searchable; each opens for reprint or return. */
@Named("receipts")
@ViewScoped
public class ReceiptsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SalesHistory history;

    @Inject
    BusinessDays days;

    @Inject
    BranchSite site;

    private LocalDate date;
    private String text;
    private transient List<ReceiptSummary> found;

    @PostConstruct
    void init() {
        date = days.open().getBusinessDate();
        show();
    }

    /** Searches now, before the page is rendered, so a refusal stands beside its field. */
    public void show() {
        try {
            found = history.of(date == null ? days.open().getBusinessDate() : date, text);
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> "receipts:text");
            found = List.of();
        }
    }

    public List<ReceiptSummary> getFound() {
        if (found == null) {
            show();
        }
        return found;
    }

    public boolean isCut() {
        return getFound().size() >= SalesHistory.MAX_SHOWN;
    }

    public ZonedDateTime local(ReceiptSummary receipt) {
        return receipt.soldAt().atZone(site.zone());
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
