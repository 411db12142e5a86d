package com.clothingchain.shared.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code chain.*} setting the way MicroProfile Config's default sources do: a system property
 * {@code chain.db.url} first, then the environment variable {@code CHAIN_DB_URL}.
 * Used where no CDI container is at hand (a datasource the server instantiates, launch tools).
 */
public final class Setting {

    private Setting() {
    }

    public static Optional<String> lookup(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(name));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public static String environmentName(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
