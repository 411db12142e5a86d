package com.clothingchain.hq.business.testing;

import com.clothingchain.hq.business.reports.control.RevenueSql;
import com.mysql.cj.jdbc.MysqlDataSource;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The database of a scale test: H2 in memory by default, MariaDB/MySQL with {@code -Pmysql} (a database .ci/run creates,
 * the user from CHAIN_TEST_MYSQL_USER / CHAIN_TEST_MYSQL_PASSWORD); the EXPLAIN of a report statement, and timings.
 */
public final class ScaleDatabase {

    public static final boolean MYSQL = "mysql".equals(System.getProperty("chain.db", "h2"));

    private ScaleDatabase() {
    }

    /** A fresh H2 database of this name, or the MySQL database of this name. */
    public static DataSource open(String name) {
        if (!MYSQL) {
            var h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return h2;
        }
        var mysql = new MysqlDataSource();
        mysql.setURL("jdbc:mysql://127.0.0.1:3306/" + name + "?rewriteBatchedStatements=true");
        mysql.setUser(required("CHAIN_TEST_MYSQL_USER"));
        mysql.setPassword(required("CHAIN_TEST_MYSQL_PASSWORD"));
        return mysql;
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is not set: -Pmysql needs the database .ci/run prepares");
        }
        return value;
    }

    public static <T> T timed(String what, Supplier<T> query) {
        long started = System.nanoTime();
        T result = query.get();
        System.out.printf("%-60s %6d ms%n", what, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** H2: its plan, a line of text; MySQL: one line per row of the plan, each column as label=value. */
    public static String explain(DataSource database, RevenueSql.Statement statement) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement explain = c.prepareStatement("EXPLAIN " + statement.text())) {
            int index = 1;
            for (Object parameter : statement.parameters()) {
                explain.setObject(index++, parameter);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    if (MYSQL) {
                        for (int column = 1; column <= columns; column++) {
                            plan.append(rs.getMetaData().getColumnLabel(column)).append('=').append(rs.getString(column)).append(' ');
                        }
                        plan.append('\n');
                    } else {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
            return plan.toString();
        }
    }
}
