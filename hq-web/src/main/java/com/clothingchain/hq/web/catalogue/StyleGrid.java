package com.clothingchain.hq.web.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A style's size x colour grid as the editor shows it: a row per colour, a cell per size of the category's
 * scale. A cell with a SKU is a variant (one saved already can not be removed, only taken off sale).
 */
public final class StyleGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One cell: the variant of a size in a colour, or nothing yet (no SKU). */
    public static final class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String size;
        private final boolean saved;
        private String sku;
        private String barcode;
        private BigDecimal price;
        private boolean active = true;

        Cell(String size, boolean saved) {
            this.size = size;
            this.saved = saved;
        }

        public boolean isUsed() {
            return sku != null && !sku.isBlank();
        }

        public String getSize() {
            return size;
        }

        public boolean isSaved() {
            return saved;
        }

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public String getBarcode() {
            return barcode;
        }

        public void setBarcode(String barcode) {
            this.barcode = barcode;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    /** A colour and its cells, one per size of the scale, in the scale's order. */
    public record Row(String colour, List<Cell> cells) implements Serializable {
        public boolean isSaved() {
            return cells.stream().anyMatch(Cell::isSaved);
        }
    }

    private List<String> sizes = List.of();
    private final List<Row> rows = new ArrayList<>();

    /** The sizes of a (new) category's scale: the cells follow, those of sizes no longer in it are dropped. */
    void useSizes(List<String> scale) {
        sizes = List.copyOf(scale);
        List<Row> kept = rows.stream().map(row -> new Row(row.colour(), scale.stream()
                .map(size -> row.cells().stream().filter(c -> c.getSize().equals(size)).findFirst().orElseGet(() -> new Cell(size, false)))
                .toList())).toList();
        rows.clear();
        rows.addAll(kept);
    }

    /** A row for the colour (false when the style has it already). */
    boolean addColour(String colour) {
        if (rows.stream().anyMatch(row -> row.colour().equalsIgnoreCase(colour))) {
            return false;
        }
        rows.add(new Row(colour, sizes.stream().map(size -> new Cell(size, false)).toList()));
        return true;
    }

    void removeColour(String colour) {
        rows.removeIf(row -> row.colour().equals(colour) && !row.isSaved());
    }

    /** The cell of a variant already saved, in its colour's row (added if new). */
    Cell saved(String size, String colour) {
        addColour(colour);
        Row row = rows.stream().filter(r -> r.colour().equalsIgnoreCase(colour)).findFirst().orElseThrow();
        int at = sizes.indexOf(size);
        Cell cell = new Cell(size, true);
        if (at >= 0) {
            List<Cell> cells = new ArrayList<>(row.cells());
            cells.set(at, cell);
            rows.set(rows.indexOf(row), new Row(row.colour(), cells));
        }
        return cell;
    }

    /** The empty cells of the chosen sizes. */
    List<Cell> emptyCells(List<String> chosenSizes) {
        return rows.stream().flatMap(row -> row.cells().stream())
                .filter(cell -> !cell.isUsed() && chosenSizes.contains(cell.getSize())).toList();
    }

    /** The suggested SKU of a cell: style code, colour's first three letters, size (e.g. TEE-001-NAV-M). */
    static String suggestedSku(String style, String colour, String size) {
        String shortColour = colour.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return (style + "-" + shortColour.substring(0, Math.min(3, shortColour.length())) + "-"
                + size.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT)).replaceAll("-+", "-");
    }

    Optional<Row> rowOf(Cell cell) {
        return rows.stream().filter(row -> row.cells().contains(cell)).findFirst();
    }

    public List<String> getSizes() {
        return sizes;
    }

    public List<Row> getRows() {
        return rows;
    }
}
