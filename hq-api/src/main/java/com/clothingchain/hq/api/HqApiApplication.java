package com.clothingchain.hq.api;

import com.clothingchain.hq.api.accounts.boundary.MeResource;
import com.clothingchain.hq.api.accounts.boundary.UsersResource;
import com.clothingchain.hq.api.audit.boundary.AuditResource;
import com.clothingchain.hq.api.branches.boundary.BranchesResource;
import com.clothingchain.hq.api.catalogue.boundary.BranchCatalogueResource;
import com.clothingchain.hq.api.catalogue.boundary.CatalogueResource;
import com.clothingchain.hq.api.deliveries.boundary.BranchDeliveriesResource;
import com.clothingchain.hq.api.deliveries.boundary.DeliveriesResource;
import com.clothingchain.hq.api.deliveries.boundary.BranchTransferRequestsResource;
import com.clothingchain.hq.api.deliveries.boundary.TransferRequestAnswersResource;
import com.clothingchain.hq.api.deliveries.boundary.TransferRequestsResource;
import com.clothingchain.hq.api.deliveries.boundary.TransfersResource;
import com.clothingchain.hq.api.merchandise.boundary.SalesByVariantResource;
import com.clothingchain.hq.api.reports.boundary.CashSessionsResource;
import com.clothingchain.hq.api.tills.boundary.TillSessionsResource;
import com.clothingchain.hq.api.merchandise.boundary.SellersResource;
import com.clothingchain.hq.api.merchandise.boundary.StockResource;
import com.clothingchain.hq.api.merchandise.boundary.VariantChecksResource;
import com.clothingchain.hq.api.merchandise.boundary.VariantFiguresResource;
import com.clothingchain.hq.api.reports.boundary.DailyRevenueReportResource;
import com.clothingchain.hq.api.revenue.boundary.DailyRevenueResource;
import com.clothingchain.hq.api.tills.boundary.TaxRatesResource;
import com.clothingchain.hq.api.tills.boundary.TendersResource;
import com.clothingchain.shared.problem.ProblemMappers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.HashSet;
import java.util.Set;

/** HQ's API, version 1. Resources and providers are listed, not scanned, so every server sees the same set. */
@ApplicationPath("v1")
@OpenAPIDefinition(info = @Info(title = "Clothing Store Chain HQ API", version = "1"))
public class HqApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(ProblemMappers.PROVIDERS);
        classes.add(BranchesResource.class);
        classes.add(DailyRevenueResource.class);
        classes.add(DailyRevenueReportResource.class);
        classes.add(MeResource.class);
        classes.add(UsersResource.class);
        classes.add(AuditResource.class);
        classes.add(CatalogueResource.class);
        classes.add(BranchCatalogueResource.class);
        classes.add(TendersResource.class);
        classes.add(TaxRatesResource.class);
        classes.add(VariantFiguresResource.class);
        classes.add(SalesByVariantResource.class);
        classes.add(StockResource.class);
        classes.add(VariantChecksResource.class);
        classes.add(DeliveriesResource.class);
        classes.add(BranchDeliveriesResource.class);
        classes.add(TransfersResource.class);
        classes.add(BranchTransferRequestsResource.class);
        classes.add(TransferRequestAnswersResource.class);
        classes.add(TransferRequestsResource.class);
        classes.add(SellersResource.class);
        classes.add(TillSessionsResource.class);
        classes.add(CashSessionsResource.class);
        return classes;
    }
}
