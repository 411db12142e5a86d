package com.clothingchain.shared.web;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from, as {@link SiteRequestFilter} found it; null outside an HTTP request. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    void address(String address) {
        this.address = address;
    }
}
