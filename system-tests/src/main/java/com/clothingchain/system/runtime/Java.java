package com.clothingchain.system.runtime;

import java.nio.file.Path;

final class Java {

    private Java() {
    }

    /** The java of the JVM running this code, so every server runs on the same JDK. */
    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
