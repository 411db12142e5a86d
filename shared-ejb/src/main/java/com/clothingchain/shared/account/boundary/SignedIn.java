package com.clothingchain.shared.account.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in on the pages, kept in the HTTP session: the roles and the account's security stamp as granted,
 * checked against the account on every request, and when, for the session's absolute lifetime.
 */
record SignedIn(String username, Set<String> roles, String stamp, Instant at) implements Serializable {
}
