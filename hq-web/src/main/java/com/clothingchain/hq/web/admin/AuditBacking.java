package com.clothingchain.hq.web.admin;

import com.clothingchain.shared.audit.boundary.AuditBrowsing;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** HQ's audit log (/admin/audit.xhtml, hq-admin only), in UTC. */
@Named
@ViewScoped
public class AuditBacking extends AuditBrowsing {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    private final LazyDataModel<AuditEvent> entries = new Entries();

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

    private final class Entries extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return AuditBacking.this.count();
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return page(first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    }
}
