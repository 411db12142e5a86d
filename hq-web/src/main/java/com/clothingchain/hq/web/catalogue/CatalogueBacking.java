package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.catalogue.control.CatalogueBrowsing;
import com.clothingchain.hq.business.catalogue.control.CatalogueBrowsing.StyleRow;
import com.clothingchain.hq.business.catalogue.control.CatalogueCsv;
import com.clothingchain.hq.business.catalogue.control.CatalogueXlsx;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.pages.LazyRows;
import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.primefaces.model.LazyDataModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue's styles (/catalogue/index.xhtml), a page at a time, found by code, name, SKU or barcode; an
 * import of a whole file (nothing imported unless every row is right, every wrong row listed) and its export.
 */
@Named("catalogue")
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueBrowsing browsing;

    @Inject
    Catalogue catalogue;

    /** A refused row of an import: where in the file ("row 17, barcode") and why. */
    public record Refusal(String where, String reason) implements Serializable {
        static Refusal of(Problem problem) {
            String field = problem.field() == null ? "file" : problem.field();
            return new Refusal(field.replaceFirst("^rows\\[(\\d+)]\\.?", "row $1, ").replaceFirst(", $", ""), problem.detail());
        }
    }

    private String text;
    private transient Part file;
    private List<Refusal> refusals = List.of();
    private final LazyDataModel<StyleRow> styles = new LazyRows<>(() -> browsing.countStyles(text),
            (first, size) -> browsing.styles(text, first, size), StyleRow::code);

    public void importFile() {
        refusals = List.of();
        if (Merchandising.refused()) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            FieldMessages.error("import:file", "Choose a CSV file or an Excel workbook (.xlsx) to import.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            boolean workbook = file.getSubmittedFileName() != null && file.getSubmittedFileName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
            Catalogue.Imported imported = catalogue.importStyles(workbook ? CatalogueXlsx.read(in)
                    : CatalogueCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8)));
            FieldMessages.info(file.getSubmittedFileName() + " is imported: " + imported.styles() + " styles, " + imported.variants()
                    + " variants; the catalogue is at version " + imported.version() + ".");
        } catch (ProblemException e) {
            refusals = e.problems().stream().map(Refusal::of).toList();
            FieldMessages.error("import:file", file.getSubmittedFileName() + " is not imported: " + (refusals.size() == 1
                    ? refusals.get(0).reason() : refusals.size() + " rows or columns are wrong, listed below.") + " Nothing changed.");
        } catch (IOException e) {
            FieldMessages.error("import:file", "The file could not be read: " + e.getMessage());
        }
    }

    public boolean isMayChange() {
        return Merchandising.allowed();
    }

    public LazyDataModel<StyleRow> getStyles() {
        return styles;
    }

    public List<Refusal> getRefusals() {
        return refusals;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
