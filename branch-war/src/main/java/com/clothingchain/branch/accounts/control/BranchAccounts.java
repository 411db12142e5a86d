package com.clothingchain.branch.accounts.control;

import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/** The branch's own user accounts and the identity store over them. A manager may do all a clerk may. */
@ApplicationScoped
@Transactional
public class BranchAccounts extends SiteAccounts {

    public static final String CLERK = "clerk";
    public static final String MANAGER = "manager";
    public static final Set<String> MANAGER_ROLES = Set.of(MANAGER, CLERK);
    public static final Set<String> CLERK_ROLES = Set.of(CLERK);

    private static final Seed ADMINISTRATOR = new Seed("manager", "Branch Manager", "demo-manager-pw", MANAGER_ROLES);
    private static final List<Seed> DEMO = List.of(ADMINISTRATOR,
            new Seed("clerk", "Sales Clerk", "demo-clerk-pw", CLERK_ROLES));

    @PersistenceContext(unitName = "branch")
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
