package com.clothingchain.hq.web.admin;

import com.clothingchain.shared.audit.boundary.AuditBrowsing;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditEvent;
import com.clothingchain.shared.pages.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** HQ's audit log (/admin/audit.xhtml, hq-admin only), in UTC. */
@Named
@ViewScoped
public class AuditBacking extends AuditBrowsing {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    private final LazyDataModel<AuditEvent> entries = new LazyRows<>(this::count, this::page, AuditEvent::getId);

    @Override
    protected AuditTrail audit() {
        return audit;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    public LazyDataModel<AuditEvent> getEntries() {
        return entries;
    }
}
