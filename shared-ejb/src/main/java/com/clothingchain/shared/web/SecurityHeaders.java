package com.clothingchain.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The security headers of every response ({@link SiteRequestFilter}, and the authentication mechanism's
 * redirects, which come before any filter). Pages get their Content-Security-Policy from PrimeFaces' CSP mode
 * (a nonce per page for its scripts, set in each web.xml); every other answer (API, exports, files, error
 * pages written by the server) keeps the strict policy set here, which a page's own policy replaces.
 */
public final class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    /** Sets the headers; answers the response to write to, on which a page's own policy replaces the strict one. */
    public static HttpServletResponse apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, STRICT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        return new OnePolicy(response);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** A page's policy replaces the strict one instead of being added to it (two policies would both apply). */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
