package com.clothingchain.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;

/**
 * The session cookie of a page module: HttpOnly and SameSite=Lax, so a cross-site request never carries it
 * (web.xml's {@code <attribute>} is ignored by Payara and WildFly alike). WildFly takes it from here; Payara from
 * {@code WEB-INF/payara-web.xml}. Secure comes from the server whenever the request came over HTTPS.
 */
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
    }
}
