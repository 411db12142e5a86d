package com.clothingchain.hq.web.health;

import com.clothingchain.shared.health.DatabaseReadiness;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;

/**
 * HQ is ready when its database answers. (WildFly does not run health checks of an EAR's modules, WFLY-12835:
 * there HQ's readiness is that of its deployment, which fails to start without its database.)
 */
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
