package com.clothingchain.contract;

import java.util.List;

/**
 * A page of the catalogue feed ({@code GET /hq-api/v1/branches/{code}/catalogue?since=&limit=}): the variants changed
 * after {@code since}, in version order. Ask again with {@code next} while {@code more} is true; {@code version} is
 * HQ's catalogue version when the page was read.
 */
public record CataloguePage(long since, long next, boolean more, long version, String currency, List<CatalogueItem> items) {
}
