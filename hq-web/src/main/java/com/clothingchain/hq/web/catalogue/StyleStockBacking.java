package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.entity.StockLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Who has this in M": a style's stock at every branch that reported it, a row per branch and colour, a column per size,
 * as of each branch's last report (the style page shows it under the grid).
 */
@Named("styleStock")
@RequestScoped
public class StyleStockBacking {

    /** A branch's on-hand of one colour by size, as of its latest report of them, and when HQ received that. */
    public record Row(String branchCode, String colour, Map<String, Integer> bySize, LocalDate asOf, Instant reportedAt) {
    }

    @Inject
    MerchandiseReports reports;

    private List<Row> rows;

    public List<Row> rowsOf(StyleGrid grid) {
        if (rows == null) {
            rows = rows(grid);
        }
        return rows;
    }

    private List<Row> rows(StyleGrid grid) {
        Map<String, String[]> colourAndSize = new HashMap<>();
        grid.getRows().forEach(row -> row.cells().stream().filter(StyleGrid.Cell::isSaved)
                .forEach(cell -> colourAndSize.put(cell.getSku(), new String[]{row.colour(), cell.getSize()})));
        Map<String, Row> byBranchAndColour = new LinkedHashMap<>();
        for (StockLevel level : reports.stockOf(new ArrayList<>(colourAndSize.keySet()))) {
            String[] where = colourAndSize.get(level.sku());
            Row row = byBranchAndColour.computeIfAbsent(level.branchCode() + "\n" + where[0],
                    key -> new Row(level.branchCode(), where[0], new HashMap<>(), level.asOf(), level.reportedAt()));
            row.bySize().put(where[1], level.onHand());
            if (level.reportedAt().isAfter(row.reportedAt())) {
                byBranchAndColour.put(level.branchCode() + "\n" + where[0],
                        new Row(row.branchCode(), row.colour(), row.bySize(), level.asOf(), level.reportedAt()));
            }
        }
        return byBranchAndColour.values().stream()
                .sorted((a, b) -> a.branchCode().equals(b.branchCode()) ? colourOrder(grid, a) - colourOrder(grid, b)
                        : a.branchCode().compareTo(b.branchCode()))
                .toList();
    }

    private static int colourOrder(StyleGrid grid, Row row) {
        for (int i = 0; i < grid.getRows().size(); i++) {
            if (grid.getRows().get(i).colour().equals(row.colour())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
