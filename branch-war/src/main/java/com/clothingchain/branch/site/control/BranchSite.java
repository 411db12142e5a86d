package com.clothingchain.branch.site.control;

import com.clothingchain.branch.site.entity.RegistryEntry;
import com.clothingchain.contract.BranchProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Who and where the branch is: its code from configuration; its name, time zone and currency from HQ's
 * registry, as last confirmed (kept in the database); and whether HQ accepted the branch the last time it asked.
 * Before HQ ever answered, the time zone is {@code chain.branch.time-zone}, else the server's.
 */
@ApplicationScoped
public class BranchSite {

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chain.branch.code")
    Optional<String> configuredCode;

    @Inject
    @ConfigProperty(name = "chain.branch.time-zone")
    Optional<String> configuredZone;

    private volatile RegistryEntry entry;
    private volatile boolean loaded;
    private volatile Verification verification = Verification.notYet();

    public ZoneId zone() {
        return registryEntry().map(RegistryEntry::getTimeZone)
                .orElseGet(() -> configuredZone.map(ZoneId::of).orElseGet(ZoneId::systemDefault));
    }

    public Optional<String> code() {
        return configuredCode.filter(code -> !code.isBlank());
    }

    public String name() {
        return registryEntry().map(RegistryEntry::getName).orElse(code().map(code -> "Branch " + code).orElse("Branch"));
    }

    /** The shop's address as HQ's registry has it; empty until HQ confirmed the branch. */
    public String location() {
        return registryEntry().map(RegistryEntry::getLocation).orElse("");
    }

    /** The currency of every amount at this branch (ISO 4217), as HQ registered it; USD until HQ confirmed the branch. */
    public String currency() {
        return registryEntry().map(RegistryEntry::getCurrency).orElse("USD");
    }

    public Optional<RegistryEntry> registryEntry() {
        if (!loaded) {
            entry = em.find(RegistryEntry.class, RegistryEntry.THE_ONLY_ROW);
            loaded = true;
        }
        return Optional.ofNullable(entry);
    }

    /** What HQ said the last time the branch asked about itself. */
    public Verification verification() {
        return verification;
    }

    public void verified(Verification result) {
        this.verification = result;
    }

    /** Keeps what HQ's registry says about this branch. */
    @Transactional
    public void remember(BranchProfile profile) {
        RegistryEntry stored = em.find(RegistryEntry.class, RegistryEntry.THE_ONLY_ROW);
        if (stored == null) {
            stored = new RegistryEntry(profile, clock.instant());
            em.persist(stored);
        } else {
            stored.update(profile, clock.instant());
        }
        entry = stored;
        loaded = true;
    }
}
