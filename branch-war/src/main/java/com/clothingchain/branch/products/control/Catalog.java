package com.clothingchain.branch.products.control;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The branch's products: what the shop sells and at which price. They are copies of HQ's catalogue (and the
 * branch's own products from before it), kept by {@link CatalogueReplica}; nothing here changes them.
 */
@Stateless
public class Catalog {

    private static final int SEARCH_LIMIT = 200;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    public Optional<Product> find(String sku) {
        return sku == null ? Optional.empty() : em.createNamedQuery(Product.BY_SKU, Product.class)
                .setParameter("sku", sku.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    public Optional<Product> byBarcode(String barcode) {
        return barcode == null ? Optional.empty() : em.createNamedQuery(Product.BY_BARCODE, Product.class)
                .setParameter("barcode", barcode.trim()).getResultStream().findFirst();
    }

    /** The product at the SKU in the path of a request: 404 if there is none. */
    public Product require(String sku) {
        return find(sku).orElseThrow(() -> ProblemException.notFound("sku", "There is no product with SKU " + sku + "."));
    }

    /** Products whose SKU, name or barcode contains the text, SKU order, at most 200. */
    public List<Product> search(String text, boolean activeOnly) {
        return search(text, activeOnly, 0, SEARCH_LIMIT);
    }

    /** A page of the products whose SKU, name or barcode contains the text, in SKU order. */
    public List<Product> search(String text, boolean activeOnly, int offset, int limit) {
        return em.createNamedQuery(Product.SEARCH, Product.class)
                .setParameter("activeOnly", activeOnly).setParameter("text", pattern(text))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The variants still sold of these styles, in SKU order. */
    public List<Product> ofStyles(Collection<String> styleCodes) {
        return styleCodes.isEmpty() ? List.of() : em.createNamedQuery(Product.OF_STYLES, Product.class)
                .setParameter("styles", styleCodes).getResultList();
    }

    /** The categories of the products still sold, in order. */
    public List<String> categories() {
        return em.createNamedQuery(Product.CATEGORIES, String.class).getResultList();
    }

    /** Every product of a category, or of the shop (category null), sold or not, in SKU order. */
    public List<Product> inCategory(String category) {
        return category == null ? em.createNamedQuery(Product.ALL, Product.class).getResultList()
                : em.createNamedQuery(Product.OF_CATEGORY, Product.class).setParameter("category", category).getResultList();
    }

    /** The product a scanned or typed code names: its SKU first, then its barcode. */
    public Optional<Product> byCode(String code) {
        return find(code).or(() -> byBarcode(code));
    }

    public long count(String text, boolean activeOnly) {
        return em.createNamedQuery(Product.COUNT, Long.class)
                .setParameter("activeOnly", activeOnly).setParameter("text", pattern(text)).getSingleResult();
    }

    private static String pattern(String text) {
        return "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The product's prices by business date from HQ's schedule, oldest first (empty for a branch's own product). */
    public List<DatedPrice> schedule(Product product) {
        List<?> rows = em.createNativeQuery("select effective_from, price from product_prices where product_id = ?1"
                + " order by effective_from").setParameter(1, product.getId()).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new DatedPrice(
                row[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[0], (BigDecimal) row[1])).toList();
    }

    /** A price from a business date on. */
    public record DatedPrice(LocalDate from, BigDecimal price) implements Serializable {
    }
}
