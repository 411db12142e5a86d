package com.clothingchain.shared.pages;

import com.clothingchain.shared.audit.boundary.AuditBrowsing;
import com.clothingchain.shared.audit.entity.AuditEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The audit log's lazy table: a page of a site's {@link AuditBrowsing} at a time, counted and read in the database. */
public final class AuditEntries extends LazyDataModel<AuditEvent> {

    private static final long serialVersionUID = 1L;

    private final AuditBrowsing browsing;

    public AuditEntries(AuditBrowsing browsing) {
        this.browsing = browsing;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return browsing.count();
    }

    @Override
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return browsing.page(first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
        return String.valueOf(event.getId());
    }
}
