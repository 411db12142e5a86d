package com.clothingchain.contract;

import java.time.Instant;
import java.util.List;

/**
 * Goods a branch asks another branch for, through HQ ({@code PUT /hq-api/v1/branches/{code}/transfer-requests/{reference}},
 * {@code reference} the requesting branch's own number of the request, {@code from} that branch when given): which
 * branch is asked ({@code to}), the units of each SKU, why ({@code note}), when and by whom. HQ keeps it once per
 * requesting branch and reference; the asked branch pulls it as a {@link TransferRequestState}.
 */
public record TransferRequestNote(String reference, String from, String to, Instant requestedAt, String requestedBy, String note,
                                  List<DeliveryNote.Line> lines) {
}
