package com.clothingchain.branch.products.control;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.products.entity.ProductDetails;
import com.clothingchain.shared.money.Money;
import com.clothingchain.contract.CatalogueItem;
import com.clothingchain.contract.CataloguePage;
import com.clothingchain.contract.ScheduledPrice;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The branch's copy of HQ's catalogue. A page of HQ's feed is applied in one transaction, each variant whole and
 * only if it is newer than the copy held, so a page applied twice changes nothing; its price schedule is kept, and
 * the product's price is the one effective on the open business date ({@link #reprice} when that date moves).
 */
@Stateless
public class CatalogueReplica {

    /** The replica's state: the version held, when it last pulled, and the last pull's error, if it failed. */
    public record State(long version, Instant pulledAt, String lastError) {
    }

    private static final int ROWS_PER_INSERT = 300;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    public State state() {
        Object[] row = (Object[]) em.createNativeQuery("select version, pulled_at, last_error from catalogue_replica where id = 1")
                .getSingleResult();
        return new State(((Number) row[0]).longValue(), instant(row[1]), (String) row[2]);
    }

    /**
     * Applies one page of HQ's feed as of the open business date; the version held never goes back. The page's
     * products are read in one query and their schedules written in a few statements; a change is written before
     * the next new product or barcode, so a barcode HQ moved from one variant to another is released first.
     */
    public void apply(CataloguePage page, LocalDate openDate) {
        Map<String, Product> held = new HashMap<>();
        if (!page.items().isEmpty()) {
            em.createNamedQuery(Product.BY_SKUS, Product.class)
                    .setParameter("skus", page.items().stream().map(CatalogueItem::sku).toList())
                    .getResultStream().forEach(p -> held.put(p.getSku(), p));
        }
        Map<Product, List<ScheduledPrice>> schedules = new LinkedHashMap<>();
        boolean unwritten = false;
        for (CatalogueItem item : page.items()) {
            Product product = held.get(item.sku());
            if (product != null && product.getCatalogueVersion() != null && product.getCatalogueVersion() >= item.version()) {
                continue;
            }
            Optional<BigDecimal> price = effective(item.prices(), openDate);
            var details = new ProductDetails(item.styleName(), item.category(), item.size(), item.colour(),
                    price.orElse(product == null ? Money.ZERO : product.getPrice()));
            boolean fresh = product == null;
            boolean newBarcode = !fresh && !item.barcode().equals(product.getBarcode());
            if ((fresh || newBarcode) && unwritten) {
                em.flush();
                unwritten = false;
            }
            if (fresh) {
                product = new Product(item.sku(), details, Clock.systemUTC().instant());
                held.put(item.sku(), product);
            }
            // A product without a price in this branch's currency is not sold here.
            product.replicate(item.version(), item.barcode(), item.styleCode(), item.taxCategory(), details, item.active() && price.isPresent());
            if (fresh) {
                em.persist(product);
            } else if (newBarcode) {
                em.flush();
            } else {
                unwritten = true;
            }
            schedules.put(product, item.prices());
        }
        em.flush();
        keep(schedules);
        em.createNativeQuery("update catalogue_replica set version = greatest(version, ?1), pulled_at = ?2, last_error = null"
                + " where id = 1").setParameter(1, page.next()).setParameter(2, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    /** The price schedules of the products, replacing what they had, a few hundred rows a statement. */
    private void keep(Map<Product, List<ScheduledPrice>> schedules) {
        if (schedules.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from product_prices where product_id in (:ids)")
                .setParameter("ids", schedules.keySet().stream().map(Product::getId).toList()).executeUpdate();
        List<Object[]> rows = new ArrayList<>();
        schedules.forEach((product, prices) -> prices.forEach(price ->
                rows.add(new Object[]{product.getId(), price.from(), Money.of(price.price())})));
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            var insert = em.createNativeQuery("insert into product_prices (product_id, effective_from, price) values "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")));
            int at = 1;
            for (Object[] row : chunk) {
                for (Object value : row) {
                    insert.setParameter(at++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    /** A pull that failed: kept for the pages and health, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String error) {
        em.createNativeQuery("update catalogue_replica set last_error = ?1 where id = 1")
                .setParameter(1, error.length() > 1000 ? error.substring(0, 1000) : error).executeUpdate();
    }

    /** Every product HQ prices gets the price its schedule has on {@code date}: called when a business date opens. */
    public void reprice(LocalDate date) {
        em.flush();
        em.createNativeQuery("update products set version = version + 1, price = (select pp.price from product_prices pp"
                + " where pp.product_id = products.id and pp.effective_from = (select max(p2.effective_from) from product_prices p2"
                + " where p2.product_id = products.id and p2.effective_from <= ?1))"
                + " where exists (select 1 from product_prices p3 where p3.product_id = products.id and p3.effective_from <= ?1)")
                .setParameter(1, date).executeUpdate();
    }

    static Optional<BigDecimal> effective(List<ScheduledPrice> schedule, LocalDate date) {
        return schedule.stream().filter(p -> !p.from().isAfter(date)).max(Comparator.comparing(ScheduledPrice::from))
                .map(p -> Money.of(p.price()));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return value instanceof Instant i ? i : null;
    }
}
