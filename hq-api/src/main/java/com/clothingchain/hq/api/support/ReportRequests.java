package com.clothingchain.hq.api.support;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;

import static com.clothingchain.shared.problem.Fields.date;
import static com.clothingchain.shared.problem.Fields.required;

/**
 * What HQ's report endpoints share ({@code GET /daily-revenue}, {@code /sales-by-variant}, {@code /variant-figures/checks}):
 * the period and branch they are asked for, and their rows streamed as a JSON array or, when the client prefers it, CSV.
 */
public final class ReportRequests {

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    private ReportRequests() {
    }

    /** The filter of a request ({@code from} and {@code to} required, {@code branch} a known code), or a refusal naming the field. */
    public static RevenueFilter filter(BranchRegistry registry, String from, String to, String branch) {
        LocalDate first = date("from", required("from", from));
        LocalDate last = date("to", required("to", to));
        var filter = new RevenueFilter(first, last, branch);
        if (branch != null && !branch.isBlank() && registry.find(branch.trim()).isEmpty()) {
            throw ProblemException.notFound("branch", "No branch with code " + branch.trim() + ".");
        }
        return filter;
    }

    /** The client's most preferred type decides: text/csv named as such gets CSV, anything else JSON. */
    public static boolean prefersCsv(HttpHeaders headers) {
        MediaType preferred = headers.getAcceptableMediaTypes().get(0);
        return !preferred.isWildcardType() && !preferred.isWildcardSubtype() && preferred.isCompatible(CSV);
    }

    /** Rows written as they are read, as the attachment {@code fileName} (UTF-8 CSV). */
    public static Response csv(String fileName, Consumer<Writer> rows) {
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            rows.accept(writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** Rows written as they are read, as one JSON array. */
    public static Response jsonArray(Consumer<JsonGenerator> rows) {
        StreamingOutput body = out -> {
            try (JsonGenerator json = Json.createGenerator(out)) {
                json.writeStartArray();
                rows.accept(json);
                json.writeEnd();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
