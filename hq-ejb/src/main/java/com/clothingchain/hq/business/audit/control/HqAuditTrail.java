package com.clothingchain.hq.business.audit.control;

import com.clothingchain.shared.audit.control.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * HQ's audit log, in HQ's database: sign-ins, accounts, the branch registry and its keys, report revisions.
 * An EJB, not a plain CDI bean: Payara looks up a CDI bean's persistence unit from the module that first calls it,
 * and the web modules can not see the EJB module's unit.
 */
@Stateless
public class HqAuditTrail extends AuditTrail {

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Override
    protected EntityManager entityManager() {
        return em;
    }
}
