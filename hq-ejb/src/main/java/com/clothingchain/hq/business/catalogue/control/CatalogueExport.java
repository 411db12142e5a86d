package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.CatalogueRow;
import com.clothingchain.hq.business.catalogue.entity.Price;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The whole catalogue as a file in the import layout ({@link CatalogueCsv}), so that importing it back gives the same
 * catalogue: one row per variant and chain price, in style code order and then in the order the variants were created.
 * <p>
 * Prices: a variant's row per currency carries the chain's current price in it (the one an import sets, from
 * now on); a variant without one has a single row without a price. Scheduled chain prices and branches' own prices
 * are not in the file, and an import leaves them as they are. Active: the import reads a style's flag from its first
 * row, so the rows of a style's first variant carry the style's flag and every other variant's rows its own.
 * Styles without variants, categories and size scales have no rows in this layout.
 * <p>
 * Read a page of variants at a time, as plain values (no entities), so that the file is written as it is read.
 */
@Stateless
public class CatalogueExport {

    /** Variants read per query. */
    int page = 1000;

    public enum Format {
        CSV(CatalogueCsv.MEDIA_TYPE, "csv"), XLSX(CatalogueXlsx.MEDIA_TYPE, "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    /** Writes the file to {@code out}, and leaves it open. */
    public void write(Format format, OutputStream out) {
        try (CatalogueRowWriter file = format == Format.XLSX ? new CatalogueXlsxWriter(out) : new CatalogueCsvWriter(out)) {
            forEachRow(file::write);
            file.finish();
        }
    }

    void forEachRow(Consumer<CatalogueRow> rows) {
        LocalDate now = Catalogue.immediately();
        String afterStyle = "";
        long afterVariant = 0;
        String previousStyle = null;
        while (true) {
            List<Object[]> variants = em.createQuery("select v.id, s.code, s.name, c.code, s.season, s.description, s.active,"
                            + " v.sku, v.barcode, v.size, v.colour, v.active from Variant v join v.style s join s.category c"
                            + " where s.code > :style or (s.code = :style and v.id > :variant) order by s.code, v.id", Object[].class)
                    .setParameter("style", afterStyle).setParameter("variant", afterVariant)
                    .setMaxResults(page).getResultList();
            if (variants.isEmpty()) {
                return;
            }
            Map<Long, TreeMap<String, BigDecimal>> prices = chainPrices(variants.stream().map(v -> (Long) v[0]).toList(), now);
            for (Object[] v : variants) {
                // The first variant of a style carries the style's flag: see the class comment.
                boolean firstOfStyle = !v[1].equals(previousStyle);
                previousStyle = (String) v[1];
                boolean active = firstOfStyle ? (Boolean) v[6] : (Boolean) v[11];
                TreeMap<String, BigDecimal> current = prices.getOrDefault((Long) v[0], new TreeMap<>());
                if (current.isEmpty()) {
                    rows.accept(row(v, active, null, null));
                }
                current.forEach((currency, amount) -> rows.accept(row(v, active, currency, amount)));
            }
            if (variants.size() < page) {
                return;
            }
            Object[] last = variants.get(variants.size() - 1);
            afterStyle = (String) last[1];
            afterVariant = (Long) last[0];
        }
    }

    /** Each variant's chain price per currency in effect now, in currency order. */
    private Map<Long, TreeMap<String, BigDecimal>> chainPrices(List<Long> variants, LocalDate now) {
        Map<Long, TreeMap<String, BigDecimal>> prices = new HashMap<>();
        em.createQuery("select p.variant.id, p.currency, p.amount from Price p where p.variant.id in :variants"
                        + " and p.branchCode = :chain and p.effectiveFrom <= :now order by p.effectiveFrom", Object[].class)
                .setParameter("variants", variants).setParameter("chain", Price.CHAIN).setParameter("now", now)
                .getResultStream()
                .forEach(p -> prices.computeIfAbsent((Long) p[0], id -> new TreeMap<>()).put((String) p[1], (BigDecimal) p[2]));
        return prices;
    }

    private static CatalogueRow row(Object[] v, boolean active, String currency, BigDecimal price) {
        return new CatalogueRow((String) v[1], (String) v[2], (String) v[3], (String) v[4], (String) v[5], (String) v[7],
                (String) v[8], (String) v[9], (String) v[10], active, currency, price);
    }
}
