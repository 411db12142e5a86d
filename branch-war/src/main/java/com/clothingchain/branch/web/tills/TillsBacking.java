package com.clothingchain.branch.web.tills;

import com.clothingchain.branch.tills.control.TillRules;
import com.clothingchain.branch.tills.control.Tills;
import com.clothingchain.branch.tills.entity.TenderType;
import com.clothingchain.branch.tills.entity.TillMovement;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tills page (/tills/index.xhtml): open a till with its float (this browser then sells at it), pick an open one,
 * paid-in and paid-out (manager), and the blind count: the clerk types what is in the drawer per tender and sees
 * what was expected only on the Z report that follows.
 */
@Named("tillsPage")
@ViewScoped
public class TillsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("till", "tills:openCode", "openingFloat", "tills:openFloat",
            "kind", "tills:kind", "amount", "tills:moveAmount", "reason", "tills:moveReason");

    @Inject
    Tills tills;

    @Inject
    TillRules rules;

    @Inject
    CounterTill counter;

    private String openCode;
    private BigDecimal openFloat;
    private TillMovement.Kind kind = TillMovement.Kind.PAID_IN;
    private BigDecimal moveAmount;
    private String moveReason;
    private String countCode;
    private final Map<String, BigDecimal> counted = new HashMap<>();
    private transient List<TillSession> sessions;

    public void open() {
        try {
            TillSession opened = tills.open(openCode, openFloat, Caller.name());
            counter.use(opened.getTillCode());
            FieldMessages.info("Till " + opened.getTillCode() + " is open with a float of " + opened.getOpeningFloat().toPlainString()
                    + "; this screen sells at it.");
            openCode = null;
            openFloat = null;
            sessions = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    /** Sell at an open till: {@code code}. */
    public void use(String code) {
        counter.use(code);
        FieldMessages.info("This screen sells at till " + code + ".");
    }

    public void move() {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        try {
            TillMovement moved = tills.move(counter.getCode(), kind, moveAmount, moveReason, Caller.name());
            FieldMessages.info((moved.getKind() == TillMovement.Kind.PAID_IN ? "Paid in " : "Paid out ")
                    + moved.getAmount().toPlainString() + " at till " + counter.getCode() + ".");
            moveAmount = null;
            moveReason = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    /** Starts the blind count of a till: {@code code}. */
    public void startCount(String code) {
        countCode = code;
        counted.clear();
    }

    /** The blind count; the Z report (or the count waiting for a manager) follows. */
    public String count() {
        try {
            Map<String, BigDecimal> given = new HashMap<>();
            counted.forEach((tender, amount) -> {
                if (amount != null) {
                    given.put(tender, amount);
                }
            });
            TillReport report = tills.count(countCode, given, null, Caller.name());
            if (countCode.equals(counter.getCode())) {
                counter.use(null);
            }
            return "/tills/report?faces-redirect=true&id=" + report.session().getId();
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null); // the count is refused as a whole, above the form
            return null;
        }
    }

    public List<TillSession> getSessions() {
        if (sessions == null) {
            sessions = tills.recent(7);
        }
        return sessions;
    }

    public List<TenderType> getTenders() {
        return rules.tenders();
    }

    public TillMovement.Kind[] getKinds() {
        return TillMovement.Kind.values();
    }

    public boolean isCanCount(TillSession session) {
        return session.getStatus() == TillSession.Status.OPEN || session.getStatus() == TillSession.Status.AWAITING_COUNT;
    }

    public String getOpenCode() {
        return openCode;
    }

    public void setOpenCode(String openCode) {
        this.openCode = openCode;
    }

    public BigDecimal getOpenFloat() {
        return openFloat;
    }

    public void setOpenFloat(BigDecimal openFloat) {
        this.openFloat = openFloat;
    }

    public TillMovement.Kind getKind() {
        return kind;
    }

    public void setKind(TillMovement.Kind kind) {
        this.kind = kind;
    }

    public BigDecimal getMoveAmount() {
        return moveAmount;
    }

    public void setMoveAmount(BigDecimal moveAmount) {
        this.moveAmount = moveAmount;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public String getCountCode() {
        return countCode;
    }

    public Map<String, BigDecimal> getCounted() {
        return counted;
    }
}
