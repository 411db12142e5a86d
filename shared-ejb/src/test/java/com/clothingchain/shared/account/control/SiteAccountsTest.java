package com.clothingchain.shared.account.control;

import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteAccountsTest {

    private final SiteAccounts hq = new HqLikeAccounts(null);

    @Test
    void theAdministratorRoleIsTheOneOnlyTheAdministratorHas() {
        assertEquals("hq-admin", hq.administratorRole());
        assertEquals(Set.of("hq-admin", "hq-manager"), hq.assignableRoles());
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertEquals("username", assertThrows(ProblemException.class, () -> SiteAccounts.validUsername("A b")).problem().field());
        assertEquals("username", assertThrows(ProblemException.class, () -> SiteAccounts.validUsername("ab")).problem().field());
        assertEquals("displayName", assertThrows(ProblemException.class, () -> SiteAccounts.validDisplayName(" ")).problem().field());
        assertEquals("roles", assertThrows(ProblemException.class, () -> hq.validRoles(Set.of())).problem().field());
        assertEquals("roles", assertThrows(ProblemException.class, () -> hq.validRoles(Set.of("root"))).problem().field());
    }

    @Test
    void acceptsGoodInput() {
        assertEquals("anna.k", SiteAccounts.validUsername(" anna.k "));
        assertEquals(Set.of("hq-manager"), hq.validRoles(Set.of("hq-manager")));
    }
}
