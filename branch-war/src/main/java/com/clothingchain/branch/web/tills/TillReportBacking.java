package com.clothingchain.branch.web.tills;

import com.clothingchain.branch.tills.control.Tills;
import com.clothingchain.branch.tills.entity.TillCount;
import com.clothingchain.branch.tills.entity.TillReport;
import com.clothingchain.branch.tills.entity.TillSession;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A till session's report (/tills/report.xhtml?id=): the Z report once counted (expected, counted and variance per
 * tender, printable), or the X report of an open session, which only a manager sees. A manager approves a variance
 * above the threshold here, with the reason.
 */
@Named("tillReport")
@ViewScoped
public class TillReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tills tills;

    private Long id;
    private String approvalReason;
    private transient TillReport report;

    public void load() {
        report = null;
        if (id == null) {
            return;
        }
        try {
            TillSession session = tills.find(id);
            if (session.isCounted() || Caller.isManager()) {
                report = tills.report(session);
            } else {
                FieldMessages.error(null, "What till " + session.getTillCode() + " should hold is shown after its blind count.");
            }
        } catch (ProblemException e) {
            FieldMessages.error(null, e.getMessage());
        }
    }

    public void approve() {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        try {
            report = tills.approve(id, approvalReason, Caller.name());
            FieldMessages.info("The count is approved; Z report " + report.session().getZNumber() + ".");
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("reason", "approval:reason"));
        }
    }

    public TillReport getReport() {
        return report;
    }

    /** Per tender: expected, counted and variance once counted; before that, expected only. */
    public List<TillCount> getRows() {
        TillReport shown = getReport();
        if (shown == null) {
            return List.of();
        }
        if (!shown.counts().isEmpty()) {
            return shown.counts();
        }
        return shown.expected().entrySet().stream().map(e -> new TillCount(shown.session().getId(), e.getKey(), e.getValue(), BigDecimal.ZERO))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getApprovalReason() {
        return approvalReason;
    }

    public void setApprovalReason(String approvalReason) {
        this.approvalReason = approvalReason;
    }
}
