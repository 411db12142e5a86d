package com.clothingchain.shared.pages;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazy table's rows: only the page on screen is read, and the total counted, in the database. The table's
 * own filters and sorting are not used; a page filters through its own fields before asking again.
 */
public final class LazyRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are. */
    public interface Count extends Serializable {
        long rows();
    }

    /** The rows from {@code first}, at most {@code size}. */
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int size);
    }

    /** The row's key, unique on the page. */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public LazyRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.rows());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
