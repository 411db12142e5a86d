package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.StyleInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.PriceInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.VariantInput;
import com.clothingchain.shared.persistence.FirstStartLock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo mode's catalogue, made once through the catalogue's own rules: 40 styles in seven categories, each in its
 * sizes and two to four colours (about 600 variants with in-store EAN-13 barcodes), priced in USD and EUR, and a
 * 30 % markdown of every fifth style from a week today.
 */
@Stateless
public class DemoCatalogue {

    private record Line(String category, String prefix, String[] names, String from, String step) {
    }

    private static final List<Line> LINES = List.of(
            new Line("WOMEN-TOPS", "WT", new String[]{"Linen shirt", "Rib tank top", "Crew neck tee", "Wrap blouse", "Cable cardigan",
                    "Merino jumper", "Striped Breton top"}, "19.99", "7.00"),
            new Line("WOMEN-BOTTOMS", "WB", new String[]{"High-rise jeans", "Wide-leg trousers", "Cargo trousers", "Straight jeans",
                    "Pleated chinos"}, "49.99", "10.00"),
            new Line("MEN-TOPS", "MT", new String[]{"Oxford shirt", "Pique polo", "Heavy tee", "Flannel shirt", "Zip hoodie",
                    "Lambswool sweater", "Overshirt", "Henley tee"}, "24.99", "8.00"),
            new Line("MEN-BOTTOMS", "MB", new String[]{"Slim jeans", "Relaxed jeans", "Chinos", "Cord trousers", "Jogger trousers",
                    "Tailored trousers"}, "54.99", "10.00"),
            new Line("ACCESSORIES", "AC", new String[]{"Wool scarf", "Beanie", "Leather belt", "Canvas tote", "Baseball cap",
                    "Knit gloves", "Silk square", "Bucket hat", "Sport socks", "Card holder", "Weekend bag",
                    "Rain poncho", "Leather gloves", "Woven belt"}, "9.99", "4.00"));
    private static final String[] COLOURS = {"black", "white", "navy", "grey", "olive", "red", "sand"};
    private static final BigDecimal EUR_RATE = new BigDecimal("0.92");
    private static final BigDecimal MARKDOWN = new BigDecimal("0.70");

    @Inject
    Catalogue catalogue;

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    /** Makes the demo catalogue unless there is a catalogue already. */
    public void createIfEmpty() {
        FirstStartLock.hold(em);
        if (!catalogue.scales().isEmpty()) {
            return;
        }
        catalogue.defineScale("ALPHA", "XS to XXL", List.of("XS", "S", "M", "L", "XL", "XXL"));
        catalogue.defineScale("WAIST", "Waist 28 to 40", List.of("28", "30", "32", "34", "36", "38", "40"));
        catalogue.defineScale("ONE", "One size", List.of("ONE"));
        catalogue.defineCategory("WOMEN", "Women", null, "ALPHA");
        catalogue.defineCategory("WOMEN-TOPS", "Women's tops", "WOMEN", "ALPHA");
        catalogue.defineCategory("WOMEN-BOTTOMS", "Women's bottoms", "WOMEN", "WAIST");
        catalogue.defineCategory("MEN", "Men", null, "ALPHA");
        catalogue.defineCategory("MEN-TOPS", "Men's tops", "MEN", "ALPHA");
        catalogue.defineCategory("MEN-BOTTOMS", "Men's bottoms", "MEN", "WAIST");
        catalogue.defineCategory("ACCESSORIES", "Accessories", null, "ONE");
        int style = 0;
        long barcode = 0;
        LocalDate nextWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7);
        for (Line line : LINES) {
            List<String> sizes = catalogue.findCategory(line.category()).orElseThrow().getSizeScale().getSizes();
            for (int n = 0; n < line.names().length; n++, style++) {
                String code = line.prefix() + "-" + String.format("%02d", n + 1);
                BigDecimal usd = new BigDecimal(line.from()).add(new BigDecimal(line.step()).multiply(BigDecimal.valueOf(n % 5)));
                List<VariantInput> variants = new ArrayList<>();
                int colours = line.category().equals("ACCESSORIES") ? 2 + style % 3 : 3 + style % 2;
                for (int c = 0; c < colours; c++) {
                    String colour = COLOURS[(style + c) % COLOURS.length];
                    for (String size : sizes) {
                        variants.add(new VariantInput(code + "-" + size + "-" + colour.substring(0, 3).toUpperCase(),
                                ean13(++barcode), size, colour, true, List.of(new PriceInput("USD", usd),
                                new PriceInput("EUR", usd.multiply(EUR_RATE).setScale(2, RoundingMode.HALF_UP)))));
                    }
                }
                catalogue.saveStyle(code, new StyleInput(line.names()[n], line.category(), "AW26", null, true, variants));
                if (style % 5 == 4) {
                    for (VariantInput variant : variants) {
                        catalogue.schedulePrice(variant.sku(), "USD", Catalogue.PriceScope.chain(), nextWeek,
                                usd.multiply(MARKDOWN).setScale(2, RoundingMode.HALF_UP));
                    }
                }
            }
        }
    }

    /** An in-store EAN-13 (prefix 20) with its check digit. */
    static String ean13(long number) {
        String digits = "20" + String.format("%010d", number);
        return digits + Barcodes.checkDigit(digits);
    }
}
