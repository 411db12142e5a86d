package com.clothingchain.branch.web.tills;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The till this browser works at: set when its clerk opens a till, or picks an open one, on the tills page. The sale
 * and return pages book to it; with none, they book to the API till.
 */
@Named("counterTill")
@SessionScoped
public class CounterTill implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;

    public String getCode() {
        return code;
    }

    public void use(String code) {
        this.code = code;
    }

    public boolean isChosen() {
        return code != null;
    }
}
