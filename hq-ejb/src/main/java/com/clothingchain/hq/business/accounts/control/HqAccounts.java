package com.clothingchain.hq.business.accounts.control;

import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/** HQ's own user accounts (roles hq-manager, hq-merchandiser, hq-admin) and the identity store over them. */
@ApplicationScoped
@Transactional
public class HqAccounts extends SiteAccounts {

    public static final String MANAGER = "hq-manager";
    public static final String ADMIN = "hq-admin";
    /** Keeps the catalogue and prices; API methods for it allow {@link #ADMIN} too. */
    public static final String MERCHANDISER = "hq-merchandiser";

    private static final Seed ADMINISTRATOR = new Seed("hq-admin", "HQ Administrator", "demo-admin-pw", Set.of(ADMIN, MANAGER, MERCHANDISER));
    private static final List<Seed> DEMO = List.of(ADMINISTRATOR,
            new Seed("hq-manager", "HQ Manager", "demo-manager-pw", Set.of(MANAGER)),
            new Seed("hq-merchandiser", "HQ Merchandiser", "demo-merchandiser-pw", Set.of(MERCHANDISER)));

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Override
    protected EntityManager entityManager() {
        return em;
    }

    @Override
    protected Seed administrator() {
        return ADMINISTRATOR;
    }

    @Override
    protected List<Seed> demoAccounts() {
        return DEMO;
    }
}
