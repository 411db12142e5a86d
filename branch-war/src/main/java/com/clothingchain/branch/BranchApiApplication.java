package com.clothingchain.branch;

import com.clothingchain.branch.accounts.boundary.MeResource;
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
        classes.add(MeResource.class);
        return classes;
    }
}
