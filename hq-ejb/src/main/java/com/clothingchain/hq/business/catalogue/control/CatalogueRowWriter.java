package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.CatalogueRow;

/** A catalogue file being written in the import layout: the header row first (when made), then a row per call. */
interface CatalogueRowWriter extends AutoCloseable {

    void write(CatalogueRow row);

    /** Completes the file, after the last row. */
    void finish();

    /** Frees what the writer holds, whether the file was completed or not. */
    @Override
    void close();
}
