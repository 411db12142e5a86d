package com.clothingchain.branch.api;

import com.clothingchain.shared.account.control.PasswordHash;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The H2 database of the branch under test, opened next to the server (AUTO_SERVER). Its fingerprint changes
 * whenever any row of the shop changes, so a test can prove a refused request changed nothing.
 */
final class BranchDatabase {

    private static final List<String> FINGERPRINT = List.of(
            "select count(*), coalesce(sum(price), 0), sum(case when active then 1 else 0 end),"
                    + " listagg(sku || ':' || name || ':' || price || ':' || active, ',') within group (order by sku) from products",
            "select count(*), listagg(business_date || ':' || status, ',') within group (order by business_date) from business_days",
            "select count(*), coalesce(sum(total), 0), max(id) from receipts",
            "select count(*), coalesce(sum(returned_quantity), 0) from receipt_lines",
            "select count(*), coalesce(sum(refund), 0) from product_returns",
            "select count(*) from return_lines",
            "select count(*), coalesce(sum(loss_value), 0) from loss_write_offs",
            "select count(*) from user_accounts",
            "select count(*), coalesce(sum(amount), 0) from payments",
            "select count(*), listagg(id || ':' || status || ':' || coalesce(z_number, 0), ',') within group (order by id) from till_sessions",
            "select count(*), coalesce(sum(amount), 0) from till_movements",
            "select count(*) from till_counts",
            "select count(*), coalesce(sum(on_hand), 0) from stock_levels",
            "select count(*), coalesce(sum(quantity), 0) from stock_movements",
            "select count(*), listagg(id || ':' || status || ':' || coalesce(closed_by, ''), ',') within group (order by id) from stock_counts",
            "select count(*), coalesce(sum(counted), 0), coalesce(sum(book_quantity), 0), max(counted_at) from stock_count_lines",
            "select count(*), coalesce(sum(amount), 0), listagg(number || ':' || balance, ',') within group (order by id) from store_credits");

    private BranchDatabase() {
    }

    static String fingerprint() {
        StringBuilder print = new StringBuilder();
        try (Connection connection = connect();
             Statement statement = connection.createStatement()) {
            for (String query : FINGERPRINT) {
                try (ResultSet row = statement.executeQuery(query)) {
                    row.next();
                    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                        print.append(row.getString(column)).append('|');
                    }
                    print.append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the branch's database: " + e.getMessage(), e);
        }
        return print.toString();
    }

    /** A clerk of its own, for a test that must not disturb the demo accounts (they share one server and database). */
    static void addClerk(String username, String password) {
        try (Connection connection = connect(); var insert = connection.prepareStatement(
                "insert into user_accounts (username, display_name, password_hash, roles, enabled, failed_sign_ins, created_at, version)"
                        + " values (?, ?, ?, 'clerk', true, 0, current_timestamp, 0)")) {
            insert.setString(1, username);
            insert.setString(2, username);
            insert.setString(3, PasswordHash.hash(password));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add " + username + ": " + e.getMessage(), e);
        }
    }

    /**
     * A product as the catalogue replica stores one from HQ (the branch's API and pages cannot add one), for a
     * test that needs a product of its own.
     */
    static void addProduct(String sku, String price) {
        addProduct(sku, price, "Tops", null);
    }

    /** A product of a category of the test's own, with a barcode (or null). */
    static void addProduct(String sku, String price, String category, String barcode) {
        update("insert into products (sku, name, category, size, colour, price, active, style_code, catalogue_version,"
                + " barcode, created_at, version) values (?, 'Test shirt', ?, 'M', 'red', ?, true, 'IT', 1, ?, current_timestamp, 0)",
                sku, category, new java.math.BigDecimal(price), barcode);
    }

    /** A tender as HQ's till settings would give the branch one (read by the branch at its first sale after a deployment). */
    static void addTender(String code, String name, String kind) {
        update("merge into tenders (code, name, kind, active) key (code) values (?, ?, ?, true)", code, name, kind);
    }

    /** A new price or a product taken off sale, as a catalogue change from HQ would set them. */
    static void changeProduct(String sku, String price, boolean active) {
        update("update products set price = ?, active = ?, version = version + 1 where sku = ?",
                new java.math.BigDecimal(price), active, sku);
    }

    private static void update(String sql, Object... parameters) {
        try (Connection connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the branch's products: " + e.getMessage(), e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + System.getProperty("branch.itDb") + ";AUTO_SERVER=TRUE");
    }

    static long failedSignIns(String username) {
        return count("select failed_sign_ins from user_accounts where username = '" + username.replace("'", "''") + "'");
    }

    static BigDecimal decimal(String query) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getBigDecimal(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the branch's database: " + e.getMessage(), e);
        }
    }

    static long count(String query) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the branch's database: " + e.getMessage(), e);
        }
    }
}
