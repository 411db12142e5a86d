package com.clothingchain.branch.sync.boundary;

import com.clothingchain.branch.sync.entity.ServiceCall;
import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A call in the outbox as the API shows it; {@code subject}: a delivery's number for its receipt, a transfer's or a request's
 * number here for its call ({@code send_transfer}, {@code send_transfer_request}, {@code send_transfer_request_answer}),
 * a till session's Z number ({@code send_till_session}), empty for a day's calls.
 */
@JsonbNillable
public record ServiceCallView(long id, String call, String subject, LocalDate businessDate, BigDecimal revenue, BigDecimal loss,
                              int transactionCount, int revision, String status, int attempts, Instant nextAttemptAt,
                              Integer lastHttpStatus, String lastError, Instant sentAt, Instant receivedAt) {

    public static ServiceCallView of(ServiceCall c) {
        return new ServiceCallView(c.getId(), c.getCallName(), c.getSubject(), c.getBusinessDate(), c.getRevenue(), c.getLoss(),
                c.getTransactionCount(), c.getRevision(), c.getStatus().name(), c.getAttempts(),
                c.getStatus() == ServiceCall.Status.PENDING ? c.getNextAttemptAt() : null, c.getLastHttpStatus(),
                c.getLastError(), c.getSentAt(), c.getHqReceivedAt());
    }
}
