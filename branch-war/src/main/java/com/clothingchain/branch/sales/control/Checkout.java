package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import static com.clothingchain.shared.problem.Fields.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sells: turns the lines a clerk scanned into a receipt on the open business date, at today's prices. */
@Stateless
public class Checkout {

    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    BusinessDays days;

    @Inject
    Clock clock;

    public Receipt sell(List<LineRequest> requested, LocalDate requestedDate, String clerk) {
        List<LineRequest> lines = withSkus(requested);
        Map<String, Integer> quantities = RequestedLines.bySku(lines);
        List<Product> products = new ArrayList<>();
        for (String sku : quantities.keySet()) {
            Product product = catalog.find(sku).orElseThrow(() -> ProblemException.unprocessable(
                    RequestedLines.fieldOf(lines, sku, "sku"), "There is no product with SKU " + sku + "."));
            if (!product.isActive()) {
                throw ProblemException.unprocessable(RequestedLines.fieldOf(lines, sku, "sku"),
                        "Product " + sku + " is no longer sold.");
            }
            products.add(product);
        }
        BusinessDay day = days.lockForBooking(requestedDate);
        String number = day.getBusinessDate().format(RECEIPT_DATE) + "-" + String.format("%04d", day.nextReceiptNo());
        Receipt receipt = new Receipt(number, day.getBusinessDate(), clerk, clock.instant());
        int lineNo = 0;
        for (Product product : products) {
            receipt.add(new ReceiptLine(receipt, ++lineNo, product, quantities.get(product.getSku())));
        }
        em.persist(receipt);
        return receipt;
    }

    /** The lines with a barcode in place of a SKU given the SKU of that barcode's product (422 if there is none). */
    public List<LineRequest> withSkus(List<LineRequest> lines) {
        if (lines == null) {
            return null;
        }
        List<LineRequest> resolved = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRequest line = lines.get(i);
            if (line != null && (line.sku() == null || line.sku().isBlank()) && line.barcode() != null && !line.barcode().isBlank()) {
                String field = "lines[" + i + "].barcode";
                String barcode = text(field, line.barcode(), RequestedLines.MAX_CODE_LENGTH);
                Product product = catalog.byBarcode(barcode).orElseThrow(() -> ProblemException.unprocessable(field,
                        "There is no product with barcode " + barcode + "."));
                line = new LineRequest(product.getSku(), barcode, line.quantity());
            }
            resolved.add(line);
        }
        return resolved;
    }

    public Optional<Receipt> find(String receiptNumber) {
        return receiptNumber == null ? Optional.empty() : em.createNamedQuery(Receipt.BY_NUMBER, Receipt.class)
                .setParameter("number", receiptNumber.trim()).getResultStream().findFirst();
    }

    /** The receipt named in the path of a request: 404 if there is none. */
    public Receipt require(String receiptNumber) {
        return find(receiptNumber).orElseThrow(() -> ProblemException.notFound("receiptNumber",
                "There is no receipt " + receiptNumber + "."));
    }
}
