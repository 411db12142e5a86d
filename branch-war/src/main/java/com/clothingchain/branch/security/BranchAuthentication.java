package com.clothingchain.branch.security;

import com.clothingchain.shared.account.boundary.SiteAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/** Clerks and managers sign in on the sign-in page; API clients (POS terminals) use HTTP Basic. */
@ApplicationScoped
public class BranchAuthentication extends SiteAuthenticationMechanism {

    @Override
    protected boolean isApiRequest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected String signInPage() {
        return "/login.xhtml";
    }

}
