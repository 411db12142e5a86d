package com.clothingchain.shared.faces;

import com.clothingchain.shared.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of goods typed or pasted into a page as text, one per line: a code (SKU or barcode), then the units, with a
 * tab, comma, semicolon or spaces between (as a sheet pastes them). Blank lines are skipped.
 */
public final class LinesText {

    /** A code and the units typed after it. */
    public record Entry(String code, BigDecimal units) {
    }

    private LinesText() {
    }

    /** The entries; a line that is not "code units" is refused naming {@code field}, with its number and an example. */
    public static List<Entry> parse(String field, String text, String example) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,;]+");
            if (parts.length != 2 || !parts[1].matches("\\d{1,6}")) {
                throw ProblemException.badRequest(field, "Line " + (i + 1) + " (" + (line.length() > 40 ? line.substring(0, 40) + "…" : line)
                        + "): write the code, then the units, e.g. " + example + ".");
            }
            entries.add(new Entry(parts[0], new BigDecimal(parts[1])));
        }
        return entries;
    }
}
