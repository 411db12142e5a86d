package com.clothingchain.branch.web.returns;

import com.clothingchain.branch.returns.control.Returns;
import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.credit.control.StoreCredits;
import com.clothingchain.branch.returns.entity.Refund;
import com.clothingchain.branch.tills.control.TillRules;
import com.clothingchain.branch.tills.entity.TenderType;
import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.branch.web.tills.CounterTill;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Goods brought back (/returns/new.xhtml): find the receipt, choose lines and quantities, refund. */
@Named("productReturn")
@ViewScoped
public class ReturnBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\..*");

    @Inject
    TillRules tillRules;

    @Inject
    CounterTill counter;

    @Inject
    StoreCredits credits;

    @Inject
    Checkout checkout;

    @Inject
    Returns returns;

    private String receiptNumber;
    private String foundNumber;
    private List<ReturnRow> rows = List.of();
    private BigDecimal lastRefund;
    private Long lastReturnId;
    private ProductReturn.Reason reason;
    private String refundTender;

    /** Opened from a receipt (?number=...): that receipt at once. */
    public void open() {
        if (receiptNumber != null && !receiptNumber.isBlank() && foundNumber == null) {
            find();
        }
    }

    public void find() {
        lastRefund = null;
        lastReturnId = null;
        Optional<Receipt> receipt = checkout.find(receiptNumber);
        if (receipt.isEmpty()) {
            foundNumber = null;
            rows = List.of();
            FieldMessages.error("returns:receiptNumber", receiptNumber == null || receiptNumber.isBlank()
                    ? "Enter the number printed on the receipt." : "There is no receipt " + receiptNumber.trim() + ".");
            return;
        }
        show(receipt.get());
    }

    public void accept() {
        List<LineRequest> requests = new ArrayList<>();
        List<Integer> rowOfRequest = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isChosen()) {
                requests.add(new LineRequest(rows.get(i).getSku(), rows.get(i).getQuantity()));
                rowOfRequest.add(i);
            }
        }
        if (requests.isEmpty()) {
            FieldMessages.error(null, "Enter how many of a line come back.");
        }
        if (reason == null) {
            FieldMessages.error("returns:reason", "Choose why the goods come back.");
        }
        if (requests.isEmpty() || reason == null) {
            return;
        }
        try {
            ProductReturn accepted = returns.accept(foundNumber, requests, null, Caller.name(), reason.name(),
                    new Refund(refundTender, null, counter.getCode(), Caller.isManager()));
            lastRefund = accepted.getRefund();
            lastReturnId = accepted.getId();
            FieldMessages.info("Returned against receipt " + foundNumber + ": refund " + Money.of(lastRefund).toPlainString()
                    + credits.issuedBy(accepted).map(note -> ", as store credit " + note.getNumber() + " (balance "
                    + note.getBalance().toPlainString() + ")").orElse("") + ".");
            checkout.find(foundNumber).ifPresent(this::show);
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> {
                Matcher line = LINE_FIELD.matcher(field);
                return line.matches() && Integer.parseInt(line.group(1)) < rowOfRequest.size()
                        ? "returns:lines:" + rowOfRequest.get(Integer.parseInt(line.group(1))) + ":returnQuantity"
                        : field.equals("receiptNumber") ? "returns:receiptNumber"
                        : field.startsWith("refund") ? "returns:refundTender" : null;
            });
        }
    }

    private void show(Receipt receipt) {
        foundNumber = receipt.getReceiptNumber();
        receiptNumber = foundNumber;
        rows = receipt.getLines().stream().map(ReturnRow::new).toList();
    }

    public BigDecimal getRefund() {
        return rows.stream().map(ReturnRow::getRefund).reduce(Money.ZERO, BigDecimal::add);
    }

    public boolean isFound() {
        return foundNumber != null;
    }

    public String getFoundNumber() {
        return foundNumber;
    }

    public List<ReturnRow> getRows() {
        return rows;
    }

    public Long getLastReturnId() {
        return lastReturnId;
    }

    public ProductReturn.Reason[] getReasons() {
        return ProductReturn.Reason.values();
    }

    public ProductReturn.Reason getReason() {
        return reason;
    }

    public void setReason(ProductReturn.Reason reason) {
        this.reason = reason;
    }

    /** The tender the refund goes back in; empty: the one that paid most of the receipt. */
    public String getRefundTender() {
        return refundTender;
    }

    public void setRefundTender(String refundTender) {
        this.refundTender = refundTender;
    }

    public List<TenderType> getTenders() {
        return tillRules.tenders();
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }
}
