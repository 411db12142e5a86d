package com.clothingchain.branch.web.manage;

import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.shared.audit.boundary.AuditBrowsing;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditEvent;
import com.clothingchain.shared.pages.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.time.ZoneId;

/** The branch's audit log (/manage/audit.xhtml, managers only), in the branch's time zone. */
@Named
@ViewScoped
public class AuditBacking extends AuditBrowsing {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    @Inject
    BranchSite site;

    private final LazyDataModel<AuditEvent> entries = new LazyRows<>(this::count, this::page, AuditEvent::getId);

    @Override
    protected AuditTrail audit() {
        return audit;
    }

    @Override
    public ZoneId getZone() {
        return site.zone();
    }

    public LazyDataModel<AuditEvent> getEntries() {
        return entries;
    }
}
