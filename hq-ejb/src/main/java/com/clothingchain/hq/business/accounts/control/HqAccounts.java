package com.clothingchain.hq.business.accounts.control;

import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** HQ's own user accounts (roles hq-manager, hq-admin) and the identity store over them. */
@ApplicationScoped
@Transactional
public class HqAccounts extends SiteAccounts {

    public static final String MANAGER = "hq-manager";
    public static final String ADMIN = "hq-admin";

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Override
    protected EntityManager entityManager() {
        return em;
    }
}
