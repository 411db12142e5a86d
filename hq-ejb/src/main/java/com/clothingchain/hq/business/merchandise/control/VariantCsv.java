package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.contract.VariantDayRecord;
import com.clothingchain.hq.business.merchandise.entity.VariantRow;
import com.clothingchain.hq.business.reports.control.SpreadsheetCsv;

import java.io.Writer;
import java.util.List;

/**
 * Sales by variant as CSV ({@link SpreadsheetCsv}), as the daily revenue's: amounts with two decimals and a dot, in the
 * currency of the last column.
 */
public final class VariantCsv {

    public static final String MEDIA_TYPE = SpreadsheetCsv.MEDIA_TYPE;
    public static final List<String> HEADER = List.of("branchCode", "businessDate", "sku", "sold", "soldAmount", "returned",
            "returnedAmount", "lost", "lossValue", "onHand", "revision", "receivedAt", "currency");

    private final SpreadsheetCsv csv;

    public VariantCsv(Writer out) {
        csv = new SpreadsheetCsv(out, HEADER);
    }

    public void write(VariantRow row) {
        VariantDayRecord r = row.record();
        csv.row(r.branchCode(), r.businessDate(), r.sku(), r.sold(), r.soldAmount(), r.returned(), r.returnedAmount(), r.lost(),
                r.lossValue(), r.onHand(), r.revision(), r.receivedAt(), row.currency());
    }
}
