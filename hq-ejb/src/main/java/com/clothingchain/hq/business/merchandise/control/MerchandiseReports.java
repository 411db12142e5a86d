package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.contract.BranchStock;
import com.clothingchain.contract.VariantDayRecord;
import com.clothingchain.hq.business.merchandise.entity.BranchShrink;
import com.clothingchain.hq.business.merchandise.entity.CheckCounts;
import com.clothingchain.hq.business.merchandise.entity.SizeShare;
import com.clothingchain.hq.business.merchandise.entity.RankedUnits;
import com.clothingchain.hq.business.merchandise.entity.Ranking;
import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.merchandise.entity.VariantCheck;
import com.clothingchain.hq.business.merchandise.entity.StockLevel;
import com.clothingchain.hq.business.merchandise.entity.VariantRow;
import com.clothingchain.hq.business.reports.control.RevenueSql.RowReader;
import com.clothingchain.hq.business.reports.control.RevenueSql.Statement;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.shared.money.Money;
import jakarta.annotation.Resource;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads what branches sent per variant, in SQL ({@link MerchandiseSql}): the rows of a period a chunk at a time (keyset,
 * never a growing offset), each branch's stock of a SKU, and the check of each branch-date's figures against its daily
 * report (a page, a count, the counts per outcome). Works on any data source (tests may give it their own).
 */
@Stateless
public class MerchandiseReports {

    static final int CHUNK = 2_000;

    @Resource(lookup = "java:app/jdbc/hq")
    DataSource dataSource;

    public MerchandiseReports() {
    }

    /** Outside a container, over the given database. */
    public MerchandiseReports(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every row of the filter in date, branch (registration) and SKU order, read a chunk at a time. */
    public void forEachVariantRow(RevenueFilter filter, Consumer<VariantRow> consumer) {
        Long branchId = branchId(filter).orElse(null);
        if (filter.branch().isPresent() && branchId == null) {
            return;
        }
        Date afterDate = Date.valueOf(filter.from().minusDays(1));
        long afterBranch = Long.MAX_VALUE;
        String afterSku = "";
        while (true) {
            List<Object[]> chunk = query(MerchandiseSql.variantChunkAfter(Date.valueOf(filter.from()), Date.valueOf(filter.to()),
                    branchId, afterDate, afterBranch, afterSku, CHUNK), rs -> new Object[]{variantRow(rs), rs.getDate(2), rs.getLong(14)});
            chunk.forEach(entry -> consumer.accept((VariantRow) entry[0]));
            if (chunk.size() < CHUNK) {
                return;
            }
            Object[] last = chunk.get(chunk.size() - 1);
            afterDate = (Date) last[1];
            afterBranch = (Long) last[2];
            afterSku = ((VariantRow) last[0]).record().sku();
        }
    }

    /** Each branch's on-hand of the SKU as it last reported it, in branch code order (empty when none did). */
    public BranchStock stock(String sku) {
        return new BranchStock(sku, query(MerchandiseSql.stock(sku), rs -> new BranchStock.Level(rs.getString(1), rs.getInt(2),
                rs.getDate(3).toLocalDate(), instant(rs, 4))));
    }

    /** Every branch's last reported level of each of these SKUs (a style's), by branch code and SKU. */
    public List<StockLevel> stockOf(List<String> skus) {
        return skus.isEmpty() ? List.of() : query(MerchandiseSql.stockOf(skus), rs -> new StockLevel(rs.getString(1), rs.getString(2),
                rs.getInt(3), rs.getDate(4).toLocalDate(), instant(rs, 5)));
    }

    /**
     * The styles, colours, sizes, categories or branches (by) ranked by units sold less returned over the filter's dates,
     * best or worst first, a page at a time, with on hand as the branches last reported it; of the category and its
     * sub-categories when given (a category code, refused as field {@code category} when unknown).
     */
    public List<RankedUnits> ranking(RevenueFilter filter, Ranking by, String category, boolean best, int offset, int limit) {
        Optional<Long> branchId = branchId(filter);
        Long categoryId = categoryId(category);
        if (filter.branch().isPresent() && branchId.isEmpty()) {
            return List.of();
        }
        if (by == Ranking.BRANCH) {
            return branchRanking(filter, branchId.orElse(null), categoryId, best).stream().skip(offset).limit(limit).toList();
        }
        return query(MerchandiseSql.ranking(by, Date.valueOf(filter.from()), Date.valueOf(filter.to()), branchId.orElse(null),
                categoryId, best, offset, limit), rs -> new RankedUnits(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }

    /** How many rows {@link #ranking} ranks. */
    public long countRanked(RevenueFilter filter, Ranking by, String category) {
        Long categoryId = categoryId(category);
        if (by == Ranking.BRANCH) {
            return branchRanking(filter, branchId(filter).orElse(null), categoryId, true).size();
        }
        return query(MerchandiseSql.countRanked(by, categoryId), rs -> rs.getLong(1)).get(0);
    }

    /**
     * Every branch that is active or has figures in the period (the filter's one, when given), ranked in Java: a chain
     * has thousands of branches, not millions, and the figures come from the covering index without a join.
     */
    private List<RankedUnits> branchRanking(RevenueFilter filter, Long branchId, Long categoryId, boolean best) {
        if (filter.branch().isPresent() && branchId == null) {
            return List.of();
        }
        List<String> skus = categoryId == null ? null : query(MerchandiseSql.categorySkus(categoryId), rs -> rs.getString(1));
        boolean none = skus != null && skus.isEmpty();
        Map<Long, long[]> units = none ? Map.of() : byId(MerchandiseSql.branchUnits(Date.valueOf(filter.from()),
                Date.valueOf(filter.to()), branchId, skus), rs -> new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        Map<Long, Long> onHand = none ? Map.of() : byId(MerchandiseSql.branchStock(branchId, skus), rs -> rs.getLong(2));
        Comparator<RankedUnits> byNetSold = Comparator.comparingLong(RankedUnits::netSold).thenComparingLong(RankedUnits::sold);
        return query(new Statement("SELECT id, code, name, active FROM branches", List.of()), rs -> {
            long id = rs.getLong(1);
            boolean shown = (branchId == null ? rs.getBoolean(4) : id == branchId) || units.containsKey(id);
            long[] u = units.getOrDefault(id, new long[3]);
            return shown ? new RankedUnits(rs.getString(2), rs.getString(3), null, u[0], u[1], u[2], onHand.getOrDefault(id, 0L)) : null;
        }).stream().filter(Objects::nonNull)
                .sorted((best ? byNetSold.reversed() : byNetSold).thenComparing(RankedUnits::key))
                .toList();
    }

    /** Units sold per size of the category over the filter's dates, in the order of its size scale. */
    public List<SizeShare> sizeCurve(RevenueFilter filter, String category) {
        Optional<Long> branchId = branchId(filter);
        Long categoryId = categoryId(category);
        if (categoryId == null || filter.branch().isPresent() && branchId.isEmpty()) {
            return List.of();
        }
        return query(MerchandiseSql.sizeCurve(Date.valueOf(filter.from()), Date.valueOf(filter.to()), branchId.orElse(null), categoryId),
                rs -> new SizeShare(rs.getString(1), rs.getLong(2)));
    }

    /** The rows by their first column, an id. */
    private <T> Map<Long, T> byId(Statement statement, RowReader<T> reader) {
        return query(statement, rs -> Map.entry(rs.getLong(1), reader.read(rs))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Per branch over the filter's dates: units sold, returned and written off, and the write-offs' value. */
    public List<BranchShrink> branchShrink(RevenueFilter filter) {
        Map<Long, String[]> branches = byId(new Statement("SELECT id, code, currency FROM branches", List.of()),
                rs -> new String[]{rs.getString(2), rs.getString(3)});
        return query(MerchandiseSql.branchUnits(Date.valueOf(filter.from()), Date.valueOf(filter.to()), null, null), rs -> {
            String[] branch = branches.get(rs.getLong(1));
            return new BranchShrink(branch[0], branch[1], rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5));
        }).stream().sorted(Comparator.comparing(BranchShrink::branchCode)).toList();
    }

    /** The id of a category by its code; null for none; refused (field {@code category}) when there is no such category. */
    private Long categoryId(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        String code = Fields.matching("category", category, Catalogue.CODE, "a category code such as WOMEN-TOPS");
        return query(new Statement("SELECT id FROM categories WHERE code = ?", List.of(code)), rs -> rs.getLong(1))
                .stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("category", "There is no category " + code + "."));
    }

    /** A page of the checks of the filter, in date and branch order; of one outcome or (null) all. */
    public List<VariantCheck> checks(RevenueFilter filter, CheckStatus status, int offset, int limit) {
        Optional<Long> branchId = branchId(filter);
        if (filter.branch().isPresent() && branchId.isEmpty()) {
            return List.of();
        }
        return query(MerchandiseSql.checks(Date.valueOf(filter.from()), Date.valueOf(filter.to()), branchId.orElse(null), status,
                offset, limit), MerchandiseReports::check);
    }

    public long countChecks(RevenueFilter filter, CheckStatus status) {
        Optional<Long> branchId = branchId(filter);
        if (filter.branch().isPresent() && branchId.isEmpty()) {
            return 0;
        }
        return query(MerchandiseSql.countChecks(Date.valueOf(filter.from()), Date.valueOf(filter.to()), branchId.orElse(null), status),
                rs -> rs.getLong(1)).get(0);
    }

    /** How many branch-dates of the filter match their daily report, differ, have none. */
    public CheckCounts checkCounts(RevenueFilter filter) {
        Optional<Long> branchId = branchId(filter);
        if (filter.branch().isPresent() && branchId.isEmpty()) {
            return new CheckCounts(0, 0, 0);
        }
        return query(MerchandiseSql.checkCounts(Date.valueOf(filter.from()), Date.valueOf(filter.to()), branchId.orElse(null)),
                rs -> new CheckCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).get(0);
    }

    /** The checks of the filter's branch-dates by {@code code + " " + date}: for a page of daily reports (a short range). */
    public Map<String, VariantCheck> checksByKey(RevenueFilter filter) {
        Map<String, VariantCheck> byKey = new HashMap<>();
        int offset = 0;
        List<VariantCheck> page;
        do {
            page = checks(filter, null, offset, CHUNK);
            page.forEach(check -> byKey.put(check.branchCode() + " " + check.businessDate(), check));
            offset += CHUNK;
        } while (page.size() == CHUNK);
        return byKey;
    }

    private Optional<Long> branchId(RevenueFilter filter) {
        if (filter.branch().isEmpty()) {
            return Optional.empty();
        }
        return query(new Statement("SELECT id FROM branches WHERE code = ?", List.of(filter.branchCode())), rs -> rs.getLong(1))
                .stream().findFirst();
    }

    private static VariantRow variantRow(ResultSet rs) throws SQLException {
        return new VariantRow(new VariantDayRecord(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4),
                Money.of(rs.getBigDecimal(5)), rs.getInt(6), Money.of(rs.getBigDecimal(7)), rs.getInt(8), Money.of(rs.getBigDecimal(9)),
                rs.getInt(10), rs.getInt(11), instant(rs, 12)), rs.getString(13));
    }

    private static VariantCheck check(ResultSet rs) throws SQLException {
        return new VariantCheck(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4), rs.getInt(5),
                instant(rs, 6), Money.of(rs.getBigDecimal(7)), Money.of(rs.getBigDecimal(8)), nullable(rs.getBigDecimal(9)),
                nullable(rs.getBigDecimal(10)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static BigDecimal nullable(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }

    private <T> List<T> query(Statement statement, RowReader<T> reader) {
        return statement.rows(dataSource, reader);
    }
}
