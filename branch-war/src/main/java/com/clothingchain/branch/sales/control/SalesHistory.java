package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.sales.entity.ReceiptSummary;
import com.clothingchain.shared.problem.Fields;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The receipts of a business date, newest first, found by a part of their number, a SKU or product name on them,
 * or their exact total; each with the items sold and what has been refunded against it.
 */
@Stateless
public class SalesHistory {

    public static final int MAX_SHOWN = 500;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    public List<ReceiptSummary> of(LocalDate date, String text) {
        String search = Fields.optionalText("q", text, 64);
        BigDecimal amount = amount(search);
        String jpql = "select new " + ReceiptSummary.class.getName() + "(r.receiptNumber, r.soldAt, r.clerk,"
                + " (select coalesce(sum(l.quantity), 0) from ReceiptLine l where l.receipt = r), r.total,"
                + " (select coalesce(sum(p.refund), 0) from ProductReturn p where p.receipt = r))"
                + " from Receipt r where r.businessDate = :date"
                + (search == null ? "" : " and (lower(r.receiptNumber) like :pattern"
                + " or exists (select l from ReceiptLine l where l.receipt = r"
                + " and (lower(l.product.sku) like :pattern or lower(l.product.name) like :pattern))"
                + (amount == null ? "" : " or r.total = :amount") + ")")
                + " order by r.soldAt desc, r.receiptNumber desc";
        TypedQuery<ReceiptSummary> query = em.createQuery(jpql, ReceiptSummary.class).setParameter("date", date);
        if (search != null) {
            query.setParameter("pattern", "%" + search.toLowerCase(Locale.ROOT) + "%");
            if (amount != null) {
                query.setParameter("amount", amount);
            }
        }
        return query.setMaxResults(MAX_SHOWN).getResultList();
    }

    private static BigDecimal amount(String text) {
        if (text == null || !text.matches("\\d{1,15}([.,]\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(text.replace(',', '.'));
    }
}
