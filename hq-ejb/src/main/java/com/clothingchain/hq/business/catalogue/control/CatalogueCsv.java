package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.StyleInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.PriceInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.VariantInput;
import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.shared.web.PayloadTooLargeException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue's file layout, and its reader for CSV (Apache Commons CSV): one row per variant and currency, with a
 * header row naming {@link #COLUMNS} in any order (the first seven required; a SKU's row repeated with another
 * currency adds that price). Rows become styles with their variants in file order; a style takes its details and its
 * on-sale flag ({@code active}: empty or anything but false, no, 0, n) from its first row, a variant from its own
 * first row. Refusals of the catalogue's rules are named by their row as a spreadsheet numbers them (the header is
 * row 1; blank lines are skipped and not counted), e.g. {@code rows[17].barcode}. {@link CatalogueXlsx} reads the
 * same layout from a workbook through {@link Rows}, so both follow the same rules; {@link CatalogueExport} writes it.
 */
public final class CatalogueCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final int MAX_ROWS = 50_000;
    /** Every column of the layout, in the order an export writes them. */
    public static final List<String> COLUMNS = List.of("style_code", "style_name", "category", "season", "description", "sku",
            "barcode", "size", "colour", "active", "currency", "price");
    static final List<String> REQUIRED = List.of("style_code", "style_name", "category", "sku", "barcode", "size", "colour");
    private static final Pattern VARIANT_FIELD = Pattern.compile("variants\\[(\\d+)](?:\\.prices\\[(\\d+)])?\\.(\\w+)");
    private static final Map<String, String> STYLE_COLUMNS = Map.of("code", "style_code", "name", "style_name",
            "category", "category", "season", "season", "description", "description", "active", "active", "variants", "sku");

    /** One style of the file: its rows, and what the catalogue's rules are given. */
    public record ImportedStyle(String code, StyleInput input, int row, List<Integer> variantRows,
                                List<List<Integer>> priceRows) {

        /** A refusal of this style by the catalogue, named by its row and column in the file. */
        public ProblemException inFile(Problem refusal) {
            String field = refusal.field() == null ? "" : refusal.field();
            Matcher variant = VARIANT_FIELD.matcher(field);
            int at = row;
            String column;
            if (variant.matches()) {
                int v = Integer.parseInt(variant.group(1));
                at = variant.group(2) == null ? variantRows.get(v) : priceRows.get(v).get(Integer.parseInt(variant.group(2)));
                column = variant.group(3);
            } else {
                column = STYLE_COLUMNS.getOrDefault(field.replaceAll("\\[.*", ""), "style_code");
            }
            return CatalogueCsv.refusal(refusal.status(), at, column, refusal.detail());
        }
    }

    /** The styles of a file, and the refusals of rows that could not even be read as a variant. */
    public record Parsed(List<ImportedStyle> styles, List<ProblemException> refusals, int rows) {
    }

    private CatalogueCsv() {
    }

    public static Parsed read(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = format.parse(csv)) {
            Rows rows = new Rows(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                rows.add((int) record.getRecordNumber() + 1, record.toList());
            }
            return rows.parsed();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw unreadable(unreadable, "The file is not readable CSV: ");
        }
    }

    /**
     * A file that can not be read: 400, unless it was cut off at the upload limit, which stays what it is (so
     * that it is answered 413).
     */
    static RuntimeException unreadable(Exception cause, String detail) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return new UncheckedIOException(tooLarge);
            }
        }
        return ProblemException.badRequest("file", detail + cause.getMessage());
    }

    /**
     * The rows of a file in this layout, whatever its format: the header's column names by position, then each data
     * row's cells by position with its row number; the rules of the layout are here only.
     */
    static final class Rows {

        private final Map<String, Integer> header = new LinkedHashMap<>();
        private final Map<String, StyleRows> styles = new LinkedHashMap<>();
        private final List<ProblemException> refusals = new ArrayList<>();
        private int rows;

        /** Refuses the file as a whole unless the header names every required column. */
        Rows(List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) != null) {
                    header.put(names.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
                }
            }
            List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.badRequest("file", "The file's first row must name the columns " + String.join(", ", REQUIRED)
                        + " (and may name season, description, active, currency, price); missing: " + String.join(", ", missing) + ".");
            }
        }

        /** One data row, numbered as a spreadsheet shows it; its cells by column position, null or blank when empty. */
        void add(int row, List<String> cells) {
            if (++rows > MAX_ROWS) {
                throw ProblemException.badRequest("file", "A file may have at most " + MAX_ROWS + " rows.");
            }
            String code = value(cells, "style_code");
            StyleRows style = styles.computeIfAbsent(code == null ? "" : code, c -> new StyleRows(row, c, new String[]{
                    value(cells, "style_name"), value(cells, "category"), value(cells, "season"),
                    value(cells, "description"), value(cells, "active")}));
            String sku = value(cells, "sku");
            VariantRows variant = style.variants.computeIfAbsent(sku == null ? "#" + row : sku.toUpperCase(Locale.ROOT),
                    s -> new VariantRows(row, new String[]{sku, value(cells, "barcode"), value(cells, "size"),
                            value(cells, "colour"), value(cells, "active")}));
            String currency = value(cells, "currency");
            String price = value(cells, "price");
            if (currency != null || price != null) {
                try {
                    variant.prices.add(new PriceInput(currency, price == null ? null : new BigDecimal(price)));
                    variant.priceRows.add(row);
                } catch (NumberFormatException notANumber) {
                    refusals.add(refusal(400, row, "price", "price must be a number such as 19.99, not " + price + "."));
                }
            }
        }

        Parsed parsed() {
            List<ImportedStyle> imported = new ArrayList<>();
            for (StyleRows style : styles.values()) {
                List<VariantInput> variants = new ArrayList<>();
                List<Integer> variantRows = new ArrayList<>();
                List<List<Integer>> priceRows = new ArrayList<>();
                for (VariantRows v : style.variants.values()) {
                    variants.add(new VariantInput(v.variant[0], v.variant[1], v.variant[2], v.variant[3], active(v.variant[4]), v.prices));
                    variantRows.add(v.row);
                    priceRows.add(v.priceRows);
                }
                imported.add(new ImportedStyle(style.code, new StyleInput(style.style[0], style.style[1], style.style[2],
                        style.style[3], active(style.style[4]), variants), style.row, variantRows, priceRows));
            }
            return new Parsed(imported, refusals, rows);
        }

        private String value(List<String> cells, String column) {
            Integer index = header.get(column);
            if (index == null || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String value = cells.get(index).trim();
            return value.isEmpty() ? null : value;
        }
    }

    private static final class StyleRows {
        final int row;
        final String code;
        final String[] style;
        final Map<String, VariantRows> variants = new LinkedHashMap<>();

        StyleRows(int row, String code, String[] style) {
            this.row = row;
            this.code = code;
            this.style = style;
        }
    }

    private static final class VariantRows {
        final int row;
        final String[] variant;
        final List<PriceInput> prices = new ArrayList<>();
        final List<Integer> priceRows = new ArrayList<>();

        VariantRows(int row, String[] variant) {
            this.row = row;
            this.variant = variant;
        }
    }

    /** Empty: on sale; "false", "no" or "0": not. */
    private static Boolean active(String value) {
        return value == null || !Set.of("false", "no", "0", "n").contains(value.toLowerCase(Locale.ROOT));
    }

    static ProblemException refusal(int status, int row, String column, String detail) {
        return new ProblemException(status, status == 409 ? "Conflict" : status == 422 ? "Unprocessable Content" : "Bad Request",
                "Row " + row + ": " + detail, "rows[" + row + "]." + column);
    }
}
