package com.clothingchain.contract;

import java.time.Instant;
import java.util.List;

/**
 * Goods a branch sent another branch ({@code PUT /hq-api/v1/branches/{code}/transfers/{reference}}, {@code reference}
 * the sending branch's own number of the transfer): to which branch, when and by whom, and the units of each SKU. HQ
 * records it once per sending branch and reference, as a delivery to {@code to} from that branch, which the receiving
 * branch pulls and receives like any {@link DeliveryNote}; until then the goods are in transit. {@code request}, when
 * present, is HQ's number of the {@link TransferRequestState request} of {@code to} that the transfer fulfils (absent
 * from senders older than requests).
 */
public record TransferNote(String to, Instant sentAt, String sentBy, String note, List<DeliveryNote.Line> lines, Long request) {
}
