package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.deliveries.control.Deliveries;
import com.clothingchain.hq.business.deliveries.control.TransferRequests;
import com.clothingchain.hq.business.deliveries.entity.Delivery;
import com.clothingchain.hq.business.deliveries.entity.TransferRequest;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.faces.LinesText;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Deliveries (/catalogue/deliveries.xhtml): merchandisers send goods from the warehouse to a branch, a line per SKU;
 * everyone sees the latest deliveries and, once a branch received one, what it counted and where that differs; and the
 * requests for goods between branches that wait for an answer.
 */
@Named("deliveriesPage")
@ViewScoped
public class DeliveriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;
    private static final Map<String, String> FIELDS = Map.of("branch", "send:branch", "note", "send:note", "lines", "send:lines");

    @Inject
    Deliveries deliveries;

    @Inject
    BranchRegistry registry;

    @Inject
    TransferRequests requests;

    private String branch;
    private String note;
    private String lines;
    private boolean onlyDiscrepancies;
    private transient List<Delivery> latest;
    private transient List<TransferRequest> openRequests;

    /** Sends the delivery typed: one line per SKU, "SKU quantity" (a tab, comma or spaces between, as pasted from a sheet). */
    public void send() {
        if (Merchandising.refused()) {
            return;
        }
        try {
            List<Deliveries.LineInput> parsed = LinesText.parse("lines", lines, "WT-01-M-BLA 12").stream()
                    .map(entry -> new Deliveries.LineInput(entry.code(), entry.units())).toList();
            Delivery sent = deliveries.send(branch, note, parsed, FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            FieldMessages.info("Delivery " + sent.getId() + " sent to " + sent.getBranch().getCode() + ": " + sent.getLines().size()
                    + " SKUs, " + sent.getUnitsSent() + " units. The branch sees it at its next pull.");
            note = null;
            lines = null;
            latest = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> field.startsWith("lines") ? "send:lines" : FIELDS.get(field));
        }
    }

    public List<Delivery> getLatest() {
        if (latest == null) {
            latest = deliveries.latest(null, null, SHOWN).stream().filter(d -> !onlyDiscrepancies || d.getDiscrepancies() > 0).toList();
        }
        return latest;
    }

    /** Requests for goods between branches nobody answered yet, newest first. */
    public List<TransferRequest> getOpenRequests() {
        if (openRequests == null) {
            openRequests = requests.latest(TransferRequest.Status.OPEN, SHOWN);
        }
        return openRequests;
    }

    public void filter() {
        latest = null;
    }

    public List<Branch> getBranches() {
        return registry.all().stream().filter(Branch::isActive).toList();
    }

    public boolean isMaySend() {
        return Merchandising.allowed();
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
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

    public boolean isOnlyDiscrepancies() {
        return onlyDiscrepancies;
    }

    public void setOnlyDiscrepancies(boolean onlyDiscrepancies) {
        this.onlyDiscrepancies = onlyDiscrepancies;
    }
}
