package com.clothingchain.branch.sales.boundary;

import com.clothingchain.shared.problem.Fields;

import java.time.LocalDate;

/** The optional {@code businessDate} of a booking request: absent means "the open date". */
public final class BookingDate {

    private BookingDate() {
    }

    public static LocalDate of(String businessDate) {
        return businessDate == null ? null : Fields.date("businessDate", businessDate);
    }
}
