package com.clothingchain.branch;

import com.clothingchain.branch.accounts.boundary.MeResource;
import com.clothingchain.branch.accounts.boundary.UsersResource;
import com.clothingchain.branch.counts.boundary.StockCountsResource;
import com.clothingchain.branch.credit.boundary.StoreCreditsResource;
import com.clothingchain.branch.days.boundary.DaysResource;
import com.clothingchain.branch.goods.boundary.DeliveriesResource;
import com.clothingchain.branch.goods.boundary.TransferRequestsResource;
import com.clothingchain.branch.goods.boundary.TransfersResource;
import com.clothingchain.branch.losses.boundary.LossesResource;
import com.clothingchain.branch.products.boundary.CatalogueResource;
import com.clothingchain.branch.products.boundary.ProductsResource;
import com.clothingchain.branch.returns.boundary.ReturnsResource;
import com.clothingchain.branch.sales.boundary.SalesResource;
import com.clothingchain.branch.sync.boundary.ServiceCallsResource;
import com.clothingchain.branch.tills.boundary.TillsResource;
import com.clothingchain.branch.returns.boundary.ExchangesResource;
import com.clothingchain.branch.stock.boundary.StockResource;
import com.clothingchain.shared.problem.ProblemMappers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.HashSet;
import java.util.Set;

/** The branch's JSON API, version 1. Resources and providers are listed, not scanned. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Clothing Store Chain Branch API", version = "1"))
public class BranchApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(ProblemMappers.PROVIDERS);
        classes.addAll(Set.of(MeResource.class, UsersResource.class, ProductsResource.class, CatalogueResource.class,
                SalesResource.class, ReturnsResource.class, LossesResource.class, DaysResource.class, ServiceCallsResource.class, TillsResource.class,
                ExchangesResource.class, StockResource.class, DeliveriesResource.class,
                TransfersResource.class, TransferRequestsResource.class, StockCountsResource.class, StoreCreditsResource.class));
        return classes;
    }
}
