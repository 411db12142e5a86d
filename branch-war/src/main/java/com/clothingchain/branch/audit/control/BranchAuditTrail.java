package com.clothingchain.branch.audit.control;

import com.clothingchain.shared.audit.control.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;

/**
 * The branch's audit log, in its own database: sign-ins, accounts, day closes, reports sent again, product and
 * price changes, and returns and write-offs from {@code chain.audit.amount-threshold} (100.00) up.
 */
@ApplicationScoped
@Transactional
public class BranchAuditTrail extends AuditTrail {

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "chain.audit.amount-threshold", defaultValue = "100.00")
    BigDecimal amountThreshold;

    @Override
    protected EntityManager entityManager() {
        return em;
    }

    /** Whether a refund or a write-off of this value is large enough to be audited. */
    public boolean isNotable(BigDecimal amount) {
        return amount.compareTo(amountThreshold) >= 0;
    }
}
