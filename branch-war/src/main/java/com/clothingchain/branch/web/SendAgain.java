package com.clothingchain.branch.web;

import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;

/** "Send again" of an outbox call, a manager's, for the pages that show calls (the day page, goods in). */
public final class SendAgain {

    private SendAgain() {
    }

    public static void call(Outbox outbox, long serviceCallId) {
        if (Caller.refuseUnlessManager()) {
            return;
        }
        try {
            ServiceCall call = outbox.requeue(serviceCallId);
            String what = switch (call.getCallName()) {
                case ServiceCall.SEND_VARIANT_FIGURES -> "the figures per variant of " + call.getBusinessDate();
                case ServiceCall.SEND_GOODS_RECEIVED -> "the receipt of delivery " + call.getSubject();
                case ServiceCall.SEND_TRANSFER -> "transfer " + call.getSubject();
                case ServiceCall.SEND_TRANSFER_REQUEST -> "transfer request " + call.getSubject();
                case ServiceCall.SEND_TRANSFER_REQUEST_ANSWER -> "the decline of transfer request " + call.getSubject();
                case ServiceCall.SEND_TILL_SESSION -> "till session Z " + call.getSubject();
                default -> "the report of " + call.getBusinessDate();
            };
            FieldMessages.info("Sending " + what + " to HQ again (revision " + call.getRevision() + ").");
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null);
        }
    }
}
