package com.clothingchain.branch.web.goods;

import com.clothingchain.branch.goods.control.Transfers;
import com.clothingchain.branch.goods.entity.Transfer;
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
 */
@Named("transfersPage")
@ViewScoped
public class TransfersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;
    private static final Map<String, String> FIELDS = Map.of("to", "send:to", "note", "send:note", "lines", "send:lines");

    @Inject
    Transfers transfers;

    @Inject
    Outbox outbox;

    private String to;
    private String note;
    private String lines;
    private transient List<Transfer> latest;
    private transient Map<Long, ServiceCall> calls;

    public void send() {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        try {
            List<Transfers.Line> parsed = LinesText.parse("lines", lines, "TSH-RED-M 4").stream()
                    .map(entry -> new Transfers.Line(entry.code(), entry.units())).toList();
            Transfer sent = transfers.send(to, note, parsed, Caller.name(), null);
            FieldMessages.info("Transfer " + sent.getId() + " to " + sent.getToBranch() + ": " + sent.getUnits()
                    + " units booked out of stock; HQ passes it on to " + sent.getToBranch() + ".");
            to = null;
            note = null;
            lines = null;
            latest = null;
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
