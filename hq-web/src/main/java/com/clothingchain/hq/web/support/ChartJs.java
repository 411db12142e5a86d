package com.clothingchain.hq.web.support;

import com.clothingchain.hq.business.reports.entity.DayTotal;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Chart.js configurations for p:chart: revenue as bars and loss as a line, per business date. */
public final class ChartJs {

    private ChartJs() {
    }

    /** One point per date from {@code from} to {@code to}; a date nobody reported shows as 0. */
    public static String revenueAndLoss(List<DayTotal> days, LocalDate from, LocalDate to) {
        Map<LocalDate, DayTotal> byDate = days.stream().collect(Collectors.toMap(DayTotal::date, Function.identity()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder revenue = Json.createArrayBuilder();
        JsonArrayBuilder loss = Json.createArrayBuilder();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            DayTotal day = byDate.get(date);
            labels.add(date.toString());
            revenue.add(day == null ? BigDecimal.ZERO : day.revenue());
            loss.add(day == null ? BigDecimal.ZERO : day.loss());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("type", "bar").add("label", "Revenue").add("data", revenue)
                                        .add("backgroundColor", "rgba(54, 162, 235, 0.6)"))
                                .add(Json.createObjectBuilder().add("type", "line").add("label", "Loss").add("data", loss)
                                        .add("borderColor", "rgb(220, 53, 69)").add("backgroundColor", "rgb(220, 53, 69)")
                                        .add("yAxisID", "loss"))))
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
