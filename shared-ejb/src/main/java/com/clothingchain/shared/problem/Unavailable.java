package com.clothingchain.shared.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure of the site's own resources (the database down or unreachable, no connection to be had) from
 * a defect: the first is answered 503 with Retry-After, so a client such as a branch's outbox retries later.
 */
final class Unavailable {

    /** H2: connection broken, database closed, file locked by another process. */
    private static final Set<Integer> H2_UNAVAILABLE = Set.of(90067, 90098, 90020, 90121);
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException", "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException", "com.mysql.cj.exceptions.CJCommunicationsException");

    private Unavailable() {
    }

    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || H2_UNAVAILABLE.contains(sql.getErrorCode()))) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (CONNECTION_FAILURES.contains(c.getName())) {
                    return true;
                }
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Unable to acquire JDBC Connection")
                    || message.contains("Error in allocating a connection"))) {
                return true;
            }
        }
        return false;
    }
}
