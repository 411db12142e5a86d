package com.clothingchain.contract;

import java.time.Instant;
import java.util.List;

/**
 * A request for goods as HQ holds it ({@code GET /hq-api/v1/branches/{code}/transfer-requests?after=} for the asked
 * branch, {@code .../transfer-requests/{reference}} for the requesting one): HQ's number of it, the requesting branch's
 * reference, both branches, the lines and note, and how it stands: {@link #OPEN}, {@link #DECLINED} (with the asked
 * branch's {@code reason}) or {@link #FULFILLED} (by the delivery numbered {@code delivery}).
 */
public record TransferRequestState(long number, String reference, String from, String to, Instant requestedAt, String requestedBy,
                                   String note, List<DeliveryNote.Line> lines, String status, String reason, Instant answeredAt,
                                   Long delivery) {

    public static final String OPEN = "OPEN";
    public static final String DECLINED = "DECLINED";
    public static final String FULFILLED = "FULFILLED";
}
