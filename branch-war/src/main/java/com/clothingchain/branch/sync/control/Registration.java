package com.clothingchain.branch.sync.control;

import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.site.control.Verification;
import com.clothingchain.branch.site.control.Verification.Outcome;
import com.clothingchain.contract.BranchProfile;
import com.clothingchain.branch.tills.control.TillRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The branch checks itself against HQ's registry ({@code GET /hq-api/v1/branches/{code}} with its key) at
 * start and before sending, and keeps what HQ says about it. Never inside a database transaction.
 */
@ApplicationScoped
public class Registration {

    private static final Logger LOG = Logger.getLogger(Registration.class.getName());
    private static final Duration STILL_FRESH = Duration.ofMinutes(10);

    @Inject
    HqConnection hq;

    @Inject
    BranchSite site;

    @Inject
    TillRules tillRules;

    @Inject
    Clock clock;

    /** Asks HQ unless HQ confirmed the branch less than ten minutes ago. */
    public Verification verifyUnlessFresh() {
        Verification last = site.verification();
        if (last.isVerified() && last.at().plus(STILL_FRESH).isAfter(clock.instant())) {
            return last;
        }
        return verify();
    }

    /** Forgets the last confirmation, e.g. after HQ refused a report for the key. */
    public void distrust(String reason) {
        record(Outcome.REFUSED, reason);
    }

    public Verification verify() {
        Optional<String> missing = hq.missingConfiguration();
        if (missing.isPresent()) {
            return record(Outcome.NOT_CONFIGURED, missing.get() + ": the branch works locally but can not report to HQ.");
        }
        try {
            HqConnection.Answer answer = hq.registryEntry();
            if (answer.isSuccess()) {
                BranchProfile profile = answer.as(BranchProfile.class);
                site.remember(profile);
                tillRules.remember(profile.till());
                return record(Outcome.VERIFIED, "HQ knows this branch as " + site.name() + ".");
            }
            if (answer.isRefusalByHq()) {
                return record(Outcome.REFUSED, "HQ refuses this branch (" + answer.detail() + ")."
                        + " Check chain.branch.code and chain.branch.api-key with HQ's admin.");
            }
            return record(Outcome.UNREACHABLE, "HQ could not answer (" + answer.detail() + ").");
        } catch (IOException e) {
            return record(Outcome.UNREACHABLE, "HQ is unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return record(Outcome.UNREACHABLE, "Interrupted while asking HQ.");
        }
    }

    private Verification record(Outcome outcome, String detail) {
        Verification result = new Verification(outcome, detail, clock.instant());
        if (outcome != site.verification().outcome()) {
            LOG.info("Branch registration: " + outcome + " - " + detail);
        }
        site.verified(result);
        return result;
    }
}
