package com.clothingchain.branch.setup.control;

import com.clothingchain.shared.health.DatabaseReadiness;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;

@Readiness
@ApplicationScoped
public class BranchReadiness extends DatabaseReadiness {

    @Resource(lookup = "java:app/jdbc/branch")
    DataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String name() {
        return "branch-database";
    }
}
