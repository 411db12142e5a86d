package com.clothingchain.hq.web.admin;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The time zones a branch can be in, for a native select: UTC first, then one group per region ("Europe"), each
 * zone by its place and its offset today ("Berlin (UTC+01:00)"), so that typing the place's first letters
 * picks it. A native select shows exactly what it sends; PrimeFaces' filtered menu did not.
 */
final class TimeZoneChoices {

    static final List<SelectItem> ALL = build();

    private TimeZoneChoices() {
    }

    private static List<SelectItem> build() {
        Instant now = Instant.now();
        Map<String, List<SelectItem>> regions = new TreeMap<>();
        ZoneId.getAvailableZoneIds().stream().filter(id -> !id.equals("UTC")).sorted().forEach(id -> {
            int slash = id.indexOf('/');
            String region = slash > 0 ? id.substring(0, slash) : "Other";
            String place = (slash > 0 ? id.substring(slash + 1) : id).replace('_', ' ');
            ZoneOffset offset = ZoneId.of(id).getRules().getOffset(now);
            regions.computeIfAbsent(region, r -> new ArrayList<>())
                    .add(new SelectItem(id, place + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) + ")"));
        });
        List<SelectItem> all = new ArrayList<>();
        all.add(new SelectItem("UTC", "UTC"));
        regions.forEach((region, zones) -> all.add(new SelectItemGroup(region, null, false, zones.toArray(SelectItem[]::new))));
        return List.copyOf(all);
    }
}
