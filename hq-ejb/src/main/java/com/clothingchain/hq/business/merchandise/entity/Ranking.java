package com.clothingchain.hq.business.merchandise.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a best and worst sellers ranking ranks: the units of a period added up per style, colour, size, category or branch. */
public enum Ranking {
    STYLE("Style", "Styles"), COLOUR("Colour", "Colours"), SIZE("Size", "Sizes"), CATEGORY("Category", "Categories"),
    BRANCH("Branch", "Branches");

    private final String label;
    private final String plural;

    Ranking(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** As a parameter names it: {@code style}, {@code colour}, {@code size}, {@code category}, {@code branch}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    public static Optional<Ranking> of(String parameter) {
        return Arrays.stream(values()).filter(r -> r.parameter().equals(parameter)).findFirst();
    }
}
