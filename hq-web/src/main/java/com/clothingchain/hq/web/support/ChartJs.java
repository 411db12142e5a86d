package com.clothingchain.hq.web.support;

import com.clothingchain.hq.business.merchandise.entity.RankedUnits;
import com.clothingchain.hq.business.merchandise.entity.SizeShare;
import com.clothingchain.hq.business.reports.entity.DayTotal;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chart.js configurations for p:chart: a category's size curve; a page of a ranking; per currency, revenue as bars and loss as a line, per business date.
 * Amounts of different currencies are never added: each currency has its own pair of series.
 */
public final class ChartJs {

    private static final String[] REVENUE_COLOURS = {"rgba(54, 162, 235, 0.6)", "rgba(75, 192, 192, 0.6)",
            "rgba(153, 102, 255, 0.6)", "rgba(255, 159, 64, 0.6)"};
    private static final String[] LOSS_COLOURS = {"rgb(220, 53, 69)", "rgb(128, 0, 64)", "rgb(255, 99, 132)",
            "rgb(102, 51, 0)"};

    private ChartJs() {
    }

    /** A category's size curve: the share of units sold per size, as bars in the scale's order. */
    public static String sizeCurve(List<SizeShare> sizes) {
        long total = sizes.stream().mapToLong(SizeShare::sold).sum();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder shares = Json.createArrayBuilder();
        for (SizeShare size : sizes) {
            labels.add(size.size());
            shares.add(total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(size.sold() * 100L).divide(BigDecimal.valueOf(total), 1,
                    java.math.RoundingMode.HALF_UP));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "% of units sold").add("data", shares)
                                .add("backgroundColor", REVENUE_COLOURS[0]))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "% of units sold")))))
                .build().toString();
    }

    /** A page of a ranking as horizontal bars, in its order: each row's net units sold beside its units on hand. */
    public static String ranking(List<RankedUnits> rows) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder sold = Json.createArrayBuilder();
        JsonArrayBuilder onHand = Json.createArrayBuilder();
        for (RankedUnits row : rows) {
            labels.add(row.key());
            sold.add(row.netSold());
            onHand.add(row.onHand());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Net sold").add("data", sold)
                                .add("backgroundColor", REVENUE_COLOURS[0]))
                        .add(Json.createObjectBuilder().add("label", "On hand").add("data", onHand)
                                .add("backgroundColor", REVENUE_COLOURS[3]))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "Units")))))
                .build().toString();
    }

    /**
     * One point per date from {@code from} to {@code to} in each currency's series; a date without reports in a
     * currency shows as 0. With no reports at all, one pair of series without a currency, all 0.
     */
    public static String revenueAndLoss(List<DayTotal> days, LocalDate from, LocalDate to) {
        Map<String, Map<LocalDate, DayTotal>> byCurrency = new TreeMap<>();
        for (DayTotal day : days) {
            byCurrency.computeIfAbsent(day.currency(), currency -> new HashMap<>()).put(day.date(), day);
        }
        if (byCurrency.isEmpty()) {
            byCurrency.put("", Map.of());
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            labels.add(date.toString());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int index = 0;
        for (var currency : byCurrency.entrySet()) {
            JsonArrayBuilder revenue = Json.createArrayBuilder();
            JsonArrayBuilder loss = Json.createArrayBuilder();
            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                DayTotal day = currency.getValue().get(date);
                revenue.add(day == null ? BigDecimal.ZERO : day.revenue());
                loss.add(day == null ? BigDecimal.ZERO : day.loss());
            }
            String suffix = currency.getKey().isEmpty() ? "" : " " + currency.getKey();
            String lossColour = LOSS_COLOURS[index % LOSS_COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("type", "bar").add("label", "Revenue" + suffix).add("data", revenue)
                            .add("backgroundColor", REVENUE_COLOURS[index % REVENUE_COLOURS.length]))
                    .add(Json.createObjectBuilder().add("type", "line").add("label", "Loss" + suffix).add("data", loss)
                            .add("borderColor", lossColour).add("backgroundColor", lossColour).add("yAxisID", "loss"));
            index++;
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "Revenue")))
                                .add("loss", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "Loss")))))
                .build().toString();
    }
}
