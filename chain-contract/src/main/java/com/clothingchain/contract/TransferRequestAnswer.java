package com.clothingchain.contract;

import java.time.Instant;

/**
 * The asked branch's decline of a request for goods
 * ({@code PUT /hq-api/v1/branches/{code}/transfer-request-answers/{number}}, {@code number} HQ's number of the request):
 * why, when and by whom. HQ keeps the first; the same again changes nothing.
 */
public record TransferRequestAnswer(String reason, Instant answeredAt, String answeredBy) {
}
