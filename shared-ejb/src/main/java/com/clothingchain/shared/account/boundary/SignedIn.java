package com.clothingchain.shared.account.boundary;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through a site's sign-in page; kept in the HTTP session. */
public record SignedIn(String username, Set<String> roles) implements Serializable {
}
