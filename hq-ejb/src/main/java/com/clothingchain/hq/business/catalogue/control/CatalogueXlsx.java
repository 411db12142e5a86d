package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.shared.problem.ProblemException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A catalogue import file as an Excel workbook (.xlsx): the first sheet in {@link CatalogueCsv}'s layout and rules.
 * Its first non-empty row is the header; a row is numbered as the spreadsheet shows it, and empty rows are skipped.
 * The sheet is read as a stream (Apache POI's event API), so a large one is never held as cells in memory.
 */
public final class CatalogueXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private CatalogueXlsx() {
    }

    public static CatalogueCsv.Parsed read(InputStream xlsx) {
        Path file = null;
        try {
            // From a file, POI reads each part when asked; from a stream it would first inflate all of them in memory.
            file = Files.createTempFile("catalogue-import-", ".xlsx");
            Files.copy(xlsx, file, StandardCopyOption.REPLACE_EXISTING);
            OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return firstSheet(workbook);
            } finally {
                workbook.revert();
            }
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | SAXException | ParserConfigurationException
                 | POIXMLException | RecordFormatException | IllegalArgumentException | IllegalStateException
                 | UncheckedIOException unreadable) {
            throw CatalogueCsv.unreadable(unreadable, "The file is not a readable Excel workbook (.xlsx): ");
        } finally {
            delete(file);
        }
    }

    private static CatalogueCsv.Parsed firstSheet(OPCPackage workbook)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        StylesTable styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        Sheet sheet = new Sheet();
        if (sheets.hasNext()) {
            try (InputStream first = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles,
                        reader.getSharedStringsTable(), sheet, new CellText(), false));
                parser.parse(new InputSource(first));
            }
        }
        return sheet.parsed();
    }

    /** The rows of the sheet as they come, handed to the layout's rules. */
    private static final class Sheet implements XSSFSheetXMLHandler.SheetContentsHandler {

        private CatalogueCsv.Rows rows;
        private List<String> header;
        private String[] cells;
        private int lastColumn;
        private boolean empty;

        @Override
        public void startRow(int row) {
            // Before the header, cells are kept up to the last column a sheet can have; after it, up to the header's.
            cells = new String[header == null ? 16_384 : header.size()];
            lastColumn = -1;
            empty = true;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
            lastColumn = column;
            if (column >= 0 && column < cells.length && value != null && !value.isBlank()) {
                cells[column] = value;
                empty = false;
            }
        }

        @Override
        public void endRow(int row) {
            if (empty) {
                return;
            }
            if (header == null) {
                int width = cells.length;
                while (cells[width - 1] == null) {
                    width--;
                }
                header = Arrays.asList(Arrays.copyOf(cells, width));
                rows = new CatalogueCsv.Rows(header);
            } else {
                rows.add(row + 1, Arrays.asList(cells));
            }
        }

        CatalogueCsv.Parsed parsed() {
            return (rows == null ? new CatalogueCsv.Rows(List.of()) : rows).parsed();
        }
    }

    /**
     * A number cell's text: what the cell shows when that is a plain decimal of the same value (so 036000291452 with
     * its zeros, 19.90), else the number itself in plain digits: never 5.90123E+12 for a barcode typed as a number,
     * never 20.00 for 19.999 shown with two decimals (the rules refuse that one).
     */
    private static final class CellText extends DataFormatter {

        private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

        CellText() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            String shown = super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return shown;
            }
            BigDecimal exact = BigDecimal.valueOf(value);
            return PLAIN.matcher(shown).matches() && new BigDecimal(shown).compareTo(exact) == 0 ? shown
                    : exact.stripTrailingZeros().toPlainString();
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The temporary directory is cleaned up by the system; the import's answer does not depend on it.
            }
        }
    }
}
