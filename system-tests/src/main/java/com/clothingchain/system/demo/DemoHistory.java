package com.clothingchain.system.demo;

import com.clothingchain.system.runtime.HqClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/**
 * Sends past daily reports for a demo branch through HQ's API, as the branch itself would have. The figures
 * are the same on every run (seeded by branch and date), so a second run changes nothing at HQ.
 */
final class DemoHistory {

    private DemoHistory() {
    }

    /**
     * The history ends the day before the branch's first run: from then on the branch closes its own days and
     * reports them, and demo figures for those dates would conflict with its real ones. The first run's date is
     * kept in the branch's data folder.
     */
    static LocalDate end(Path branchData, LocalDate today) throws IOException {
        Path marker = branchData.resolve("demo-history-ends");
        if (Files.exists(marker)) {
            return LocalDate.parse(Files.readString(marker).trim());
        }
        Files.createDirectories(branchData);
        Files.writeString(marker, today.toString());
        return today;
    }

    /** Sends {@code days} reports, for the dates before {@code today}. */
    static int send(HqClient hq, String code, String apiKey, LocalDate today, int days) throws Exception {
        int sent = 0;
        for (int back = days; back >= 1; back--) {
            LocalDate date = today.minusDays(back);
            Random random = new Random(code.hashCode() * 31L + date.toEpochDay());
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            int transactions = (weekend ? 90 : 50) + random.nextInt(40);
            BigDecimal revenue = BigDecimal.valueOf(transactions * (2_500 + random.nextInt(3_500)), 2);
            BigDecimal loss = BigDecimal.valueOf(random.nextInt(15_000), 2).setScale(2, RoundingMode.UNNECESSARY);
            int status = hq.report(code, apiKey, date, revenue, loss, transactions);
            if (status == 200 || status == 201) {
                sent++;
            }
        }
        return sent;
    }
}
