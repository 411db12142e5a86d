package com.clothingchain.hq.business.tills.control;

import com.clothingchain.shared.persistence.FirstStartLock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Demo mode's tax rates, made once through the tills' own rules when HQ has none: {@value #VAT} (a value-added tax,
 * for branches whose prices include it) with STANDARD 20.00 % and REDUCED 5.00 %, and {@value #SALES_TAX} (a sales tax
 * added at the till) with STANDARD 8.875 %, both from {@value #SINCE}. Every demo category is STANDARD. The demo
 * branches are put in them by {@code ./chain.sh} through the API (B001 DEMO-VAT, B002 DEMO-SALES-TAX).
 */
@Stateless
public class DemoTills {

    public static final String VAT = "DEMO-VAT";
    public static final String SALES_TAX = "DEMO-SALES-TAX";
    static final String SINCE = "2020-01-01";

    @Inject
    Tills tills;

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    public void createIfEmpty() {
        FirstStartLock.hold(em);
        if (!tills.jurisdictions().isEmpty()) {
            return;
        }
        LocalDate since = LocalDate.parse(SINCE);
        tills.defineTaxRate(VAT, TillRules.STANDARD, since, new BigDecimal("20.00"));
        tills.defineTaxRate(VAT, "REDUCED", since, new BigDecimal("5.00"));
        tills.defineTaxRate(SALES_TAX, TillRules.STANDARD, since, new BigDecimal("8.875"));
    }
}
