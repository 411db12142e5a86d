package com.clothingchain.branch.products.control;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.products.entity.ProductDetails;
import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.matching;
import static com.clothingchain.shared.problem.Fields.positiveMoney;
import static com.clothingchain.shared.problem.Fields.text;

/** The branch's products: what the shop sells and at which price. */
@Stateless
public class Catalog {

    public static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000.00");
    private static final int SEARCH_LIMIT = 200;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BranchAuditTrail audit;

    @Inject
    Clock clock;

    public Optional<Product> find(String sku) {
        return sku == null ? Optional.empty() : em.createNamedQuery(Product.BY_SKU, Product.class)
                .setParameter("sku", sku.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    /** The product at the SKU in the path of a request: 404 if there is none. */
    public Optional<Product> byBarcode(String barcode) {
        return barcode == null ? Optional.empty() : em.createNamedQuery(Product.BY_BARCODE, Product.class)
                .setParameter("barcode", barcode.trim()).getResultStream().findFirst();
    }

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

    public long count(String text, boolean activeOnly) {
        return em.createNamedQuery(Product.COUNT, Long.class)
                .setParameter("activeOnly", activeOnly).setParameter("text", pattern(text)).getSingleResult();
    }

    private static String pattern(String text) {
        return "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    public Product add(String sku, ProductDetails details) {
        FieldChecks checks = new FieldChecks();
        String validSku = checks.check(() -> validSku(sku));
        if (validSku != null && find(validSku).isPresent()) {
            checks.add(ProblemException.conflict("sku", "A product with SKU " + validSku + " already exists."));
        }
        ProductDetails valid = valid(details, checks);
        Product product = new Product(validSku, valid, clock.instant());
        em.persist(product);
        audit.record(AuditType.PRODUCT_ADDED, validSku, describe(product));
        return product;
    }

    public Product change(String sku, ProductDetails details, boolean active) {
        Product product = require(sku);
        String before = describe(product);
        product.describe(valid(details, new FieldChecks()));
        product.setActive(active);
        String after = describe(product);
        if (!before.equals(after)) {
            audit.record(AuditType.PRODUCT_CHANGED, product.getSku(), before + " -> " + after);
        }
        return product;
    }

    private static String describe(Product p) {
        return p.getName() + ", " + p.getCategory() + ", " + p.getSize() + ", " + p.getColour() + ", price "
                + p.getPrice().toPlainString() + (p.isActive() ? "" : ", not sold");
    }

    public static String validSku(String sku) {
        return matching("sku", sku == null ? null : sku.toUpperCase(Locale.ROOT), SKU,
                "2 to 32 letters, digits or dashes, such as TSH-RED-M");
    }

    /** Every field checked, and all that is wrong refused at once (with what {@code checks} already holds). */
    static ProductDetails valid(ProductDetails details, FieldChecks checks) {
        if (details == null) {
            throw ProblemException.badRequest("body", "The product's details are required.");
        }
        ProductDetails valid = new ProductDetails(checks.check(() -> text("name", details.name(), 128)),
                checks.check(() -> text("category", details.category(), 64)), checks.check(() -> text("size", details.size(), 16)),
                checks.check(() -> text("colour", details.colour(), 32)),
                checks.check(() -> positiveMoney("price", details.price(), MAX_PRICE)));
        checks.done();
        return valid;
    }
}
