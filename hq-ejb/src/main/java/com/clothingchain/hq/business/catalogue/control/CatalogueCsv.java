package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.StyleInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.PriceInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.VariantInput;
import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
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
 * A catalogue import file in CSV (Apache Commons CSV), one row per variant and currency, with a header row:
 * {@code style_code, style_name, category, season, description, sku, barcode, size, colour, active, currency,
 * price} (the first seven required; a SKU's row repeated with another currency adds that price). Rows become
 * styles with their variants in file order; refusals of the catalogue's rules are named by their row as a
 * spreadsheet numbers them (the header is row 1; blank lines are skipped and not counted), e.g. {@code rows[17].barcode}.
 */
public final class CatalogueCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final int MAX_ROWS = 50_000;
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
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), index));
            List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.badRequest("file", "The file's first row must name the columns " + String.join(", ", REQUIRED)
                        + " (and may name season, description, active, currency, price); missing: " + String.join(", ", missing) + ".");
            }
            return styles(parser, header);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw ProblemException.badRequest("file", "The file is not readable CSV: " + unreadable.getMessage());
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

    private static Parsed styles(CSVParser parser, Map<String, Integer> header) {
        Map<String, StyleRows> styles = new LinkedHashMap<>();
        List<ProblemException> refusals = new ArrayList<>();
        int rows = 0;
        for (CSVRecord record : parser) {
            if (++rows > MAX_ROWS) {
                throw ProblemException.badRequest("file", "A file may have at most " + MAX_ROWS + " rows.");
            }
            int row = (int) record.getRecordNumber() + 1;
            String code = value(record, header, "style_code");
            StyleRows style = styles.computeIfAbsent(code == null ? "" : code, c -> new StyleRows(row, c, new String[]{
                    value(record, header, "style_name"), value(record, header, "category"), value(record, header, "season"),
                    value(record, header, "description"), value(record, header, "active")}));
            String sku = value(record, header, "sku");
            VariantRows variant = style.variants.computeIfAbsent(sku == null ? "#" + row : sku.toUpperCase(Locale.ROOT),
                    s -> new VariantRows(row, new String[]{sku, value(record, header, "barcode"), value(record, header, "size"),
                            value(record, header, "colour"), value(record, header, "active")}));
            String currency = value(record, header, "currency");
            String price = value(record, header, "price");
            if (currency != null || price != null) {
                try {
                    variant.prices.add(new PriceInput(currency, price == null ? null : new BigDecimal(price)));
                    variant.priceRows.add(row);
                } catch (NumberFormatException notANumber) {
                    refusals.add(refusal(400, row, "price", "price must be a number such as 19.99, not " + price + "."));
                }
            }
        }
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

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value;
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
