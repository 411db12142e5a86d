package com.clothingchain.hq.web.security;

import com.clothingchain.shared.account.boundary.SiteAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/** HQ managers sign in on the sign-in page and stay signed in for their session. */
@ApplicationScoped
public class WebAuthentication extends SiteAuthenticationMechanism {

    @Override
    protected boolean isApiRequest(HttpServletRequest request) {
        return false;
    }

    @Override
    protected String signInPage() {
        return "/login.xhtml";
    }

}
