package com.clothingchain.hq.business.setup.control;

import com.clothingchain.shared.health.DatabaseReadiness;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;

@Readiness
@ApplicationScoped
public class HqReadiness extends DatabaseReadiness {

    @Resource(lookup = "java:app/jdbc/hq")
    DataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String name() {
        return "hq-database";
    }
}
