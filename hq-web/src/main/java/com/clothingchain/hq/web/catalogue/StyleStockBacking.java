package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.entity.StockLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
        Map<String, List<StockLevel>> byBranchAndColour = new LinkedHashMap<>();
        for (StockLevel level : reports.stockOf(new ArrayList<>(colourAndSize.keySet()))) {
            byBranchAndColour.computeIfAbsent(level.branchCode() + "\n" + colourAndSize.get(level.sku())[0], key -> new ArrayList<>())
                    .add(level);
        }
        List<Row> rows = new ArrayList<>();
        for (List<StockLevel> levels : byBranchAndColour.values()) {
            Map<String, Integer> bySize = new HashMap<>();
            levels.forEach(level -> bySize.put(colourAndSize.get(level.sku())[1], level.onHand()));
            StockLevel latest = levels.stream().max(Comparator.comparing(StockLevel::reportedAt)).orElseThrow();
            rows.add(new Row(latest.branchCode(), colourAndSize.get(latest.sku())[0], bySize, latest.asOf(), latest.reportedAt()));
        }
        List<String> colours = grid.getRows().stream().map(StyleGrid.Row::colour).toList();
        rows.sort(Comparator.comparing(Row::branchCode).thenComparing(row -> colours.indexOf(row.colour())));
        return rows;
    }
}
