package com.clothingchain.shared.web;

import java.io.IOException;

/** A request body grew past the site's limit while it was read; answered 413. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
