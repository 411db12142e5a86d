package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.catalogue.control.CatalogueBrowsing;
import com.clothingchain.hq.business.catalogue.entity.Category;
import com.clothingchain.hq.business.catalogue.entity.Price;
import com.clothingchain.hq.business.catalogue.entity.Style;
import com.clothingchain.hq.business.catalogue.entity.StyleInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.PriceInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.VariantInput;
import com.clothingchain.hq.business.catalogue.entity.Variant;
import com.clothingchain.hq.web.catalogue.StyleGrid.Cell;
import com.clothingchain.hq.web.catalogue.StyleGrid.Row;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style and its size x colour grid (/catalogue/style.xhtml[?code=...]): the details, the colours as rows and
 * the category's sizes as columns, a SKU, barcode and chain price per cell, all saved at once by the catalogue's
 * rules (every refusal beside its cell). "Fill" numbers the empty cells of the chosen sizes.
 */
@Named("style")
@ViewScoped
public class StyleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern VARIANT_FIELD = Pattern.compile("variants\\[(\\d+)](?:\\.prices\\[\\d+])?\\.(\\w+)");
    private static final Map<String, String> STYLE_FIELDS = Map.of("code", "style:code", "name", "style:name",
            "category", "style:category", "season", "style:season", "description", "style:description");

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueBrowsing browsing;

    @Inject
    BranchRegistry registry;

    private String code;
    private boolean saved;
    private String name;
    private String category;
    private String season;
    private String description;
    private boolean active = true;
    private String currency;
    private List<String> chosenSizes = new ArrayList<>();
    private String newColour;
    private BigDecimal fillPrice;
    private StyleGrid grid = new StyleGrid();
    private List<SelectItem> categories;
    private List<String> currencies;

    /** With ?code=..., the style to edit; without, a new one. */
    public void load() {
        categories = catalogue.categories().stream()
                .map(c -> new SelectItem(c.getCode(), c.getName() + " (" + c.getCode() + ", sizes " + c.getSizeScale().getCode() + ")"))
                .toList();
        currencies = new ArrayList<>(new TreeSet<>(registry.all().stream().map(Branch::getCurrency).toList()));
        if (currencies.isEmpty()) {
            currencies.add("USD");
        }
        currency = currencies.get(0);
        if (code != null && !code.isBlank()) {
            catalogue.findStyle(code.trim().toUpperCase(Locale.ROOT)).ifPresentOrElse(this::show,
                    () -> FieldMessages.error("style:code", "There is no style " + code.trim() + "; you can create it here."));
        }
    }

    private void show(Style style) {
        saved = true;
        code = style.getCode();
        name = style.getName();
        category = style.getCategory().getCode();
        season = style.getSeason();
        description = style.getDescription();
        active = style.isActive();
        grid = new StyleGrid();
        grid.useSizes(style.getCategory().getSizeScale().getSizes());
        chosenSizes = new ArrayList<>(grid.getSizes());
        for (Variant variant : catalogue.variantsOf(style)) {
            Cell cell = grid.saved(variant.getSize(), variant.getColour());
            cell.setSku(variant.getSku());
            cell.setBarcode(variant.getBarcode());
            cell.setActive(variant.isActive());
        }
        showPrices();
    }

    /** Each saved cell's chain price in the chosen currency as of today (at HQ, in UTC). */
    private void showPrices() {
        if (!saved) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, BigDecimal> current = new HashMap<>();
        catalogue.findStyle(code).map(catalogue::variantsOf).orElse(List.of()).forEach(variant -> catalogue.pricesOf(variant).stream()
                .filter(p -> p.getCurrency().equals(currency) && Price.CHAIN.equals(p.getBranchCode()) && !p.getEffectiveFrom().isAfter(today))
                .max(Comparator.comparing(Price::getEffectiveFrom)).ifPresent(p -> current.put(variant.getSku(), p.getAmount())));
        cells().stream().filter(Cell::isSaved).forEach(cell -> cell.setPrice(current.get(cell.getSku())));
    }

    public void categoryChanged() {
        catalogue.findCategory(category).map(Category::getSizeScale).ifPresent(scale -> {
            grid.useSizes(scale.getSizes());
            chosenSizes = new ArrayList<>(scale.getSizes());
        });
    }

    public void currencyChanged() {
        cells().stream().filter(cell -> !cell.isSaved()).forEach(cell -> cell.setPrice(null));
        showPrices();
    }

    public void addColour() {
        String colour = newColour == null ? "" : newColour.trim();
        if (colour.isEmpty() || colour.length() > 32) {
            FieldMessages.error("style:newColour", "Give a colour of 1 to 32 characters.");
        } else if (grid.getSizes().isEmpty()) {
            FieldMessages.error("style:category", "Choose the category first: its size scale gives the columns.");
        } else if (!grid.addColour(colour)) {
            FieldMessages.error("style:newColour", "The style has " + colour + " already.");
        } else {
            newColour = null;
        }
    }

    public void removeColour(String colour) {
        grid.removeColour(colour);
    }

    /** A SKU, a free in-store barcode and the price given for every empty cell of the chosen sizes. */
    public void fill() {
        if (code == null || code.isBlank()) {
            FieldMessages.error("style:code", "Give the style code first: the SKUs start with it.");
            return;
        }
        List<Cell> empty = grid.emptyCells(chosenSizes);
        List<String> barcodes = browsing.freeBarcodes(empty.size());
        for (int i = 0; i < empty.size(); i++) {
            Cell cell = empty.get(i);
            Row row = grid.rowOf(cell).orElseThrow();
            cell.setSku(StyleGrid.suggestedSku(code.trim().toUpperCase(Locale.ROOT), row.colour(), cell.getSize()));
            cell.setBarcode(barcodes.get(i));
            if (cell.getPrice() == null) {
                cell.setPrice(fillPrice);
            }
        }
        FieldMessages.info(empty.isEmpty() ? "Every cell of the chosen sizes has its variant already."
                : empty.size() + " cells filled; check them and save.");
    }

    public void save() {
        if (Merchandising.refused()) {
            return;
        }
        List<VariantInput> variants = new ArrayList<>();
        List<String> cellIds = new ArrayList<>();
        for (int r = 0; r < grid.getRows().size(); r++) {
            Row row = grid.getRows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                if (cell.isUsed()) {
                    variants.add(new VariantInput(cell.getSku().trim().toUpperCase(Locale.ROOT), cell.getBarcode(), cell.getSize(),
                            row.colour(), cell.isActive(), cell.getPrice() == null ? List.of() : List.of(new PriceInput(currency, cell.getPrice()))));
                    cellIds.add("style:rows:" + r + ":cells:" + c + ":");
                }
            }
        }
        try {
            Style style = catalogue.saveStyle(code == null ? null : code.trim().toUpperCase(Locale.ROOT),
                    new StyleInput(name, category, season, description, active, variants));
            FieldMessages.info("Style " + style.getCode() + " is saved with " + variants.size() + " variants; the catalogue is at version "
                    + catalogue.version() + ", and the branches get it with their next pull.");
            show(style);
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> clientId(field, cellIds));
        }
    }

    private static String clientId(String field, List<String> cellIds) {
        Matcher variant = VARIANT_FIELD.matcher(field);
        if (variant.matches()) {
            String member = variant.group(2);
            return cellIds.get(Integer.parseInt(variant.group(1)))
                    + (member.equals("barcode") || member.equals("price") ? member : "sku");
        }
        return STYLE_FIELDS.get(field);
    }

    private List<Cell> cells() {
        return grid.getRows().stream().flatMap(row -> row.cells().stream()).toList();
    }

    public boolean isMayChange() {
        return Merchandising.allowed();
    }

    public StyleGrid getGrid() {
        return grid;
    }

    public List<SelectItem> getCategories() {
        return categories;
    }

    public List<String> getCurrencies() {
        return currencies;
    }

    public boolean isSaved() {
        return saved;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSeason() {
        return season;
    }

    public void setSeason(String season) {
        this.season = season;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public List<String> getChosenSizes() {
        return chosenSizes;
    }

    public void setChosenSizes(List<String> chosenSizes) {
        this.chosenSizes = chosenSizes;
    }

    public String getNewColour() {
        return newColour;
    }

    public void setNewColour(String newColour) {
        this.newColour = newColour;
    }

    public BigDecimal getFillPrice() {
        return fillPrice;
    }

    public void setFillPrice(BigDecimal fillPrice) {
        this.fillPrice = fillPrice;
    }
}
