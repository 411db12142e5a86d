package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.Price;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue read a page at a time, for the pages and the API: styles found by code, name, SKU or barcode,
 * and the price list. Every list is counted and paged in the database.
 */
@Stateless
public class CatalogueBrowsing {

    private static final String STYLE_MATCH = " from Style s join s.category c where (:any = true or lower(s.code) like :text"
            + " or lower(s.name) like :text or exists (select 1 from Variant v where v.style = s"
            + " and (lower(v.sku) like :text or v.barcode = :exact)))";
    private static final String PRICE_MATCH = " from Price p join p.variant v join v.style s where (:any = true"
            + " or lower(s.code) like :text or lower(v.sku) like :text or v.barcode = :exact)"
            + " and (:scheduledOnly = false or p.effectiveFrom > :today)";

    /** A style in the catalogue list. */
    public record StyleRow(String code, String name, String category, String season, boolean active, long variants)
            implements Serializable {
    }

    /** One price of the price list: the chain's ({@code branch} "*") or one branch's, from a business date on. */
    public record PriceRow(long id, String sku, String style, String size, String colour, String currency, String branch,
                           LocalDate from, BigDecimal price) implements Serializable {
        public boolean forChain() {
            return Price.CHAIN.equals(branch);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    /** Styles whose code or name contains the text, or with a variant whose SKU contains it or whose barcode it is. */
    public List<StyleRow> styles(String text, int first, int size) {
        return matching(em.createQuery("select new " + StyleRow.class.getName() + "(s.code, s.name, c.name, s.season, s.active,"
                + " (select count(v2) from Variant v2 where v2.style = s))" + STYLE_MATCH + " order by s.code", StyleRow.class), text)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countStyles(String text) {
        return matching(em.createQuery("select count(s)" + STYLE_MATCH, Long.class), text).getSingleResult();
    }

    /** The price list, by style, SKU, currency, branch and date; {@code scheduledOnly}: only those still to come. */
    public List<PriceRow> prices(String text, boolean scheduledOnly, int first, int size) {
        return prices(em.createQuery("select new " + PriceRow.class.getName() + "(p.id, v.sku, s.code, v.size, v.colour,"
                + " p.currency, p.branchCode, p.effectiveFrom, p.amount)" + PRICE_MATCH
                + " order by s.code, v.sku, p.currency, p.branchCode, p.effectiveFrom", PriceRow.class), text, scheduledOnly)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countPrices(String text, boolean scheduledOnly) {
        return prices(em.createQuery("select count(p)" + PRICE_MATCH, Long.class), text, scheduledOnly).getSingleResult();
    }

    /** In-store barcodes no variant has, for a style's new cells (a save still refuses one taken meanwhile). */
    public List<String> freeBarcodes(int count) {
        List<String> free = new ArrayList<>();
        while (free.size() < count) {
            List<String> candidates = RANDOM.longs(count - free.size(), 0, 100_000_000_000L).mapToObj(Barcodes::inStore)
                    .filter(code -> !free.contains(code)).toList();
            List<String> taken = candidates.isEmpty() ? List.of() : em.createQuery(
                    "select v.barcode from Variant v where v.barcode in :codes", String.class).setParameter("codes", candidates).getResultList();
            candidates.stream().filter(code -> !taken.contains(code)).forEach(free::add);
        }
        return free;
    }

    private static <T> TypedQuery<T> prices(TypedQuery<T> query, String text, boolean scheduledOnly) {
        // Today anywhere in the world: a price from a later date has not begun at any branch yet.
        return matching(query, text).setParameter("scheduledOnly", scheduledOnly)
                .setParameter("today", LocalDate.now(java.time.ZoneOffset.ofHours(14)));
    }

    private static <T> TypedQuery<T> matching(TypedQuery<T> query, String text) {
        String trimmed = text == null ? "" : text.trim();
        return query.setParameter("any", trimmed.isEmpty())
                .setParameter("text", "%" + trimmed.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%")
                .setParameter("exact", trimmed);
    }
}
