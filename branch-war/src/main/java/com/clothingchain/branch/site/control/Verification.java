package com.clothingchain.branch.site.control;

import java.time.Instant;

/** The answer HQ gave the last time the branch checked itself against HQ's registry. */
public record Verification(Outcome outcome, String detail, Instant at) {

    public enum Outcome {
        /** Not asked yet since the start. */
        NOT_YET,
        /** chain.hq.url, chain.branch.code or chain.branch.api-key is missing. */
        NOT_CONFIGURED,
        VERIFIED,
        /** HQ does not accept the key: unknown, rotated, another branch's, or the branch is inactive. */
        REFUSED,
        UNREACHABLE
    }

    public static Verification notYet() {
        return new Verification(Outcome.NOT_YET, "The branch has not asked HQ about itself yet.", null);
    }

    public boolean isVerified() {
        return outcome == Outcome.VERIFIED;
    }

    /** A problem a person at the branch must act on (configuration or the key), as opposed to a network hiccup. */
    public boolean needsAttention() {
        return outcome == Outcome.NOT_CONFIGURED || outcome == Outcome.REFUSED;
    }
}
