package com.clothingchain.shared.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import java.io.IOException;

/** The sign-in page ({@code /login.xhtml}) and sign-out of either site. */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    static final String REFUSED = "Wrong user name or password.";

    @Inject
    SecurityContext securityContext;

    @NotBlank(message = "Enter your user name.")
    private String username;

    @NotBlank(message = "Enter your password.")
    private String password;

    private String continueTo;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public void signIn() throws IOException {
        // Looked up, not injected: in the HQ EAR this bean is also visible to the API module, which has no Faces.
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim(), password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            String text = Refusal.of((HttpServletRequest) external.getRequest()).map(r -> r.problem().detail()).orElse(REFUSED);
            faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
    }

    /** Only a path inside this application: never an open redirect to another site. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.startsWith("/login.xhtml")) {
            return "/";
        }
        return target;
    }
}
