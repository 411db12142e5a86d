package com.clothingchain.branch.web.manage;

import com.clothingchain.branch.site.control.BranchSite;
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
import java.util.List;
import java.util.Map;

/** The branch's audit log (/manage/audit.xhtml, managers only), in the branch's time zone. */
@Named
@ViewScoped
public class AuditBacking extends AuditBrowsing {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    @Inject
    BranchSite site;

    private final LazyDataModel<AuditEvent> entries = new Entries();

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
