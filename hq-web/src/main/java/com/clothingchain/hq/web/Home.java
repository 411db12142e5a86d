package com.clothingchain.hq.web;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Where "/" leads: the dashboard for managers and admins, the catalogue for a merchandiser (who sees no reports). */
@Named
@RequestScoped
public class Home {

    public String route() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(HqAccounts.MANAGER) || context.isUserInRole(HqAccounts.ADMIN)
                ? null : "/catalogue/index?faces-redirect=true";
    }
}
