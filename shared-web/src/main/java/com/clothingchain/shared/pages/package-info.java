/**
 * What both sites' pages share: the Facelets tags ({@code urn:clothingchain:shared}: messages, nav, auditLog), the
 * sign-in, own-password and error pages (served from this jar's {@code META-INF/resources} as each site's own), and
 * the PrimeFaces models they need. Each site keeps its template, menu, beans and security constraints; the beans
 * these pages name ({@code signIn}, {@code ownPassword}, {@code auditBacking}) are each site's.
 */
package com.clothingchain.shared.pages;
