package com.clothingchain.hq.api.security.boundary;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.shared.account.boundary.SiteAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.Set;

/** HQ users sign in with HTTP Basic; branches present their API key as a bearer token. */
@ApplicationScoped
public class ApiAuthentication extends SiteAuthenticationMechanism {

    public static final String BRANCH_ROLE = "branch";
    public static final String BRANCH_PREFIX = "branch:";

    @Inject
    BranchRegistry registry;

    @Override
    protected Optional<CredentialValidationResult> bearer(String token) {
        return registry.byApiKey(token)
                .map(branch -> new CredentialValidationResult(BRANCH_PREFIX + branch.getCode(), Set.of(BRANCH_ROLE)));
    }

    @Override
    protected boolean isApiRequest(HttpServletRequest request) {
        return true;
    }

    @Override
    protected String signInPage() {
        return "/";
    }

}
