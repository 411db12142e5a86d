package com.clothingchain.branch.web.returns;

import com.clothingchain.branch.credit.control.StoreCredits;
import com.clothingchain.branch.credit.entity.StoreCredit;
import com.clothingchain.branch.returns.control.Returns;
import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.site.control.BranchSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZonedDateTime;

/** The printable slip of a refund (/returns/slip.xhtml?id=...), for the customer. */
@Named("slip")
@RequestScoped
public class RefundSlipBacking {

    @Inject
    Returns returns;

    @Inject
    BranchSite site;

    @Inject
    StoreCredits credits;

    private Long id;
    private ProductReturn found;
    private StoreCredit storeCredit;

    public void load() {
        found = id == null ? null : returns.find(id).orElse(null);
        storeCredit = found == null ? null : credits.issuedBy(found).orElse(null);
    }

    /** The credit note the refund issued, when it went to store credit (its balance as it is now). */
    public StoreCredit getStoreCredit() {
        return storeCredit;
    }

    public ProductReturn getFound() {
        return found;
    }

    public ZonedDateTime getReturnedAt() {
        return found == null ? null : found.getReturnedAt().atZone(site.zone());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
