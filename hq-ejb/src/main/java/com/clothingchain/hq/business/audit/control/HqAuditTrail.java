package com.clothingchain.hq.business.audit.control;

import com.clothingchain.shared.audit.control.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** HQ's audit log, in HQ's database: sign-ins, accounts, the branch registry and its keys, report revisions. */
@ApplicationScoped
@Transactional
public class HqAuditTrail extends AuditTrail {

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Override
    protected EntityManager entityManager() {
        return em;
    }
}
