package com.clothingchain.shared.account.control;

import com.clothingchain.shared.audit.control.AuditTrail;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Set;

/**
 * A site's accounts shaped as HQ's (hq-admin, hq-manager), over the given entity manager (none: no database),
 * auditing into the same database.
 */
final class HqLikeAccounts extends SiteAccounts {

    static final Set<String> ADMIN_ROLES = Set.of("hq-admin", "hq-manager");
    private static final Seed ADMIN = new Seed("hq-admin", "Admin", "x", ADMIN_ROLES);

    private final EntityManager entityManager;

    HqLikeAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.audit = new AuditTrail() {
            @Override
            protected EntityManager entityManager() {
                return HqLikeAccounts.this.entityManager();
            }
        };
    }

    @Override
    protected EntityManager entityManager() {
        if (entityManager == null) {
            throw new UnsupportedOperationException("no database in this test");
        }
        return entityManager;
    }

    @Override
    protected Seed administrator() {
        return ADMIN;
    }

    @Override
    protected List<Seed> demoAccounts() {
        return List.of(ADMIN, new Seed("hq-manager", "Manager", "x", Set.of("hq-manager")));
    }
}
