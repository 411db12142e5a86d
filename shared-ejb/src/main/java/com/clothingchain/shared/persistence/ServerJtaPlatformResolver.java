package com.clothingchain.shared.persistence;

import org.hibernate.engine.transaction.jta.platform.internal.StandardJtaPlatformResolver;
import org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatformResolver;
import org.hibernate.service.spi.ServiceRegistryImplementor;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Map;

/**
 * Finds the server's transaction manager for the Hibernate bundled in the archives. Payara (Server and
 * Micro) exposes it only under its own JNDI name, which Hibernate does not detect by itself; every other
 * server (WildFly) is left to Hibernate's standard detection. So no server needs a system property.
 */
public class ServerJtaPlatformResolver implements JtaPlatformResolver {

    private static final String PAYARA_TRANSACTION_MANAGER = "java:appserver/TransactionManager";

    @Override
    @SuppressWarnings("rawtypes")
    public JtaPlatform resolveJtaPlatform(Map configurationValues, ServiceRegistryImplementor registry) {
        if (isBound(PAYARA_TRANSACTION_MANAGER)) {
            return new SunOneJtaPlatform();
        }
        return StandardJtaPlatformResolver.INSTANCE.resolveJtaPlatform(configurationValues, registry);
    }

    private static boolean isBound(String name) {
        try {
            new InitialContext().lookup(name);
            return true;
        } catch (NamingException e) {
            return false;
        }
    }
}
