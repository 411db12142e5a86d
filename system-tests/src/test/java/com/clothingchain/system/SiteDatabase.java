package com.clothingchain.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A site's database read beside its running server, for tests that prove a refused request changed nothing:
 * the fingerprint is a digest per table of every row and column, but the columns that record requests rather
 * than state (a sign-in's failure count, when HQ last confirmed the branch) and the audit log, which records
 * refusals on purpose.
 */
final class SiteDatabase {

    private static final Set<String> NOT_STATE = Set.of("audit_events", "flyway_schema_history",
            "user_accounts.failed_sign_ins", "branch_profile.verified_at", "branches.catalogue_version",
            "branches.catalogue_pulled_at", "catalogue_replica.pulled_at", "catalogue_replica.last_error");
    private static final Map<String, List<String>> TABLES = Map.of(
            "hq", List.of("branches", "daily_revenue", "daily_revenue_revisions", "user_accounts", "catalogue_counter",
                    "size_scales", "size_scale_sizes", "categories", "styles", "variants", "prices", "tax_rates", "tenders",
                    "daily_revenue_tenders"),
            "b001", List.of("products", "business_days", "receipts", "receipt_lines", "product_returns", "return_lines",
                    "loss_write_offs", "service_calls", "branch_profile", "user_accounts"));

    private SiteDatabase() {
    }

    /** Table name to a digest of its rows, for {@code hq} or {@code b001}. */
    static Map<String, String> fingerprint(TestChain chain, String site) {
        Map<String, String> print = new TreeMap<>();
        try (Connection connection = chain.connect(site); Statement statement = connection.createStatement()) {
            for (String table : TABLES.get(site)) {
                MessageDigest digest = sha256();
                int rows = 0;
                try (ResultSet row = statement.executeQuery("select * from " + table + " order by 1")) {
                    ResultSetMetaData meta = row.getMetaData();
                    while (row.next()) {
                        rows++;
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String column = table + "." + meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                            if (!NOT_STATE.contains(column)) {
                                digest.update((column + "=" + row.getString(c) + "|").getBytes(StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
                print.put(table, rows + " rows " + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database of " + site + ": " + e.getMessage(), e);
        }
        return print;
    }

    /** One number from a site's database. */
    static long number(TestChain chain, String site, String query) {
        try (Connection connection = chain.connect(site); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database of " + site + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
