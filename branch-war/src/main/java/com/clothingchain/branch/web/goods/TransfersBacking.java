package com.clothingchain.branch.web.goods;

import com.clothingchain.branch.goods.control.TransferRequests;
import com.clothingchain.branch.goods.control.Transfers;
import com.clothingchain.branch.goods.entity.Transfer;
import com.clothingchain.branch.goods.entity.TransferRequest;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.branch.web.SendAgain;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.faces.LinesText;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Transfers (/manage/transfers.xhtml, managers): send goods to another branch through HQ, a line per SKU or barcode;
 * the latest transfers with how far each got to HQ; a transfer HQ refused is cancelled here, its goods booked back in.
 * Requests: ask another branch for goods; the requests both ways, those made of this branch while open with "Send"
 * (fills the transfer form to fulfil it) and "Decline" (with the reason typed).
 */
@Named("transfersPage")
@ViewScoped
public class TransfersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;
    private static final Map<String, String> FIELDS = Map.of("to", "send:to", "note", "send:note", "lines", "send:lines",
            "request", "send:to");
    private static final Map<String, String> REQUEST_FIELDS = Map.of("to", "ask:requestTo", "note", "ask:requestNote",
            "lines", "ask:requestLines", "reason", "requests:reason");

    @Inject
    Transfers transfers;

    @Inject
    Outbox outbox;

    @Inject
    TransferRequests requests;

    private String to;
    private String note;
    private String lines;
    private Long fulfilling;
    private String requestTo;
    private String requestNote;
    private String requestLines;
    private String reason;
    private transient List<Transfer> latest;
    private transient List<TransferRequest> latestRequests;
    private transient Map<Long, ServiceCall> calls;

    public void send() {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        try {
            List<Transfers.Line> parsed = LinesText.parse("lines", lines, "TSH-RED-M 4").stream()
                    .map(entry -> new Transfers.Line(entry.code(), entry.units())).toList();
            Transfer sent = transfers.send(to, note, parsed, Caller.name(), null, fulfilling);
            FieldMessages.info("Transfer " + sent.getId() + " to " + sent.getToBranch() + ": " + sent.getUnits()
                    + " units booked out of stock; HQ passes it on to " + sent.getToBranch() + "."
                    + (fulfilling == null ? "" : " Request " + fulfilling + " is fulfilled."));
            to = null;
            note = null;
            lines = null;
            fulfilling = null;
            latest = null;
            latestRequests = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> field.startsWith("lines") ? "send:lines" : FIELDS.get(field));
        }
    }

    public void cancel(long id) {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        try {
            Transfer cancelled = transfers.cancel(id, Caller.name());
            FieldMessages.info("Transfer " + id + " cancelled: " + cancelled.getUnits() + " units booked back into stock.");
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null);
        }
        latest = null;
    }

    /** Asks another branch for the goods typed. */
    public void request() {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        try {
            List<Transfers.Line> parsed = LinesText.parse("lines", requestLines, "TSH-RED-M 4").stream()
                    .map(entry -> new Transfers.Line(entry.code(), entry.units())).toList();
            TransferRequest made = requests.request(requestTo, requestNote, parsed, Caller.name());
            FieldMessages.info("Request " + made.getId() + " to " + made.getToBranch() + " for " + made.getUnits()
                    + " units; HQ passes it on.");
            requestTo = null;
            requestNote = null;
            requestLines = null;
            latestRequests = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> field.startsWith("lines") ? "ask:requestLines" : REQUEST_FIELDS.get(field));
        }
    }

    /** Fills the transfer form with an open request made of this branch, to send what it asks for. */
    public void prefill(TransferRequest request) {
        to = request.getFromBranch();
        note = "Request " + request.getId() + (request.getNote() == null ? "" : ": " + request.getNote());
        note = note.length() > 200 ? note.substring(0, 200) : note;
        lines = String.join("\n", request.getLines().stream().map(l -> l.getSku() + " " + l.getQuantity()).toList());
        fulfilling = request.getId();
    }

    /** Declines an open request made of this branch, with the reason typed. */
    public void decline(long id) {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        try {
            TransferRequest declined = requests.decline(id, reason, Caller.name());
            FieldMessages.info("Request " + id + " of " + declined.getFromBranch() + " declined; HQ tells " + declined.getFromBranch() + ".");
            reason = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> REQUEST_FIELDS.get(field));
        }
        latestRequests = null;
    }

    public List<TransferRequest> getRequests() {
        if (latestRequests == null) {
            latestRequests = requests.latest(SHOWN);
        }
        return latestRequests;
    }

    public void sendAgain(long serviceCallId) {
        SendAgain.call(outbox, serviceCallId);
        latest = null;
    }

    public List<Transfer> getLatest() {
        if (latest == null) {
            latest = transfers.latest(SHOWN);
            calls = outbox.subjectCalls(ServiceCall.SEND_TRANSFER, latest.stream().map(Transfer::getId).toList());
        }
        return latest;
    }

    public ServiceCall call(Transfer transfer) {
        getLatest();
        return calls.get(transfer.getId());
    }

    public Long getFulfilling() {
        return fulfilling;
    }

    public String getRequestTo() {
        return requestTo;
    }

    public void setRequestTo(String requestTo) {
        this.requestTo = requestTo;
    }

    public String getRequestNote() {
        return requestNote;
    }

    public void setRequestNote(String requestNote) {
        this.requestNote = requestNote;
    }

    public String getRequestLines() {
        return requestLines;
    }

    public void setRequestLines(String requestLines) {
        this.requestLines = requestLines;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLines() {
        return lines;
    }

    public void setLines(String lines) {
        this.lines = lines;
    }
}
