package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.MissingReports;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Which active branch is late: its business dates since registration without a report. */
@Named
@RequestScoped
public class MissingReportsBacking {

    @Inject
    RevenueReports reports;

    private List<MissingReports> branches;

    @PostConstruct
    void load() {
        branches = reports.missingReports();
    }

    public List<MissingReports> getBranches() {
        return branches;
    }

    public String dates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }
}
