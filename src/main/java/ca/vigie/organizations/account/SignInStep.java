package ca.vigie.organizations.account;

import ca.vigie.system.Authorities;

/** Where a person is in signing in; each step allows nothing but the page that completes it. */
enum SignInStep {
    MFA_CODE(Authorities.STEP_MFA_CODE, "/login/mfa"),
    MFA_ENROLMENT(Authorities.STEP_MFA_ENROLMENT, "/account/mfa"),
    PASSWORD_CHANGE(Authorities.STEP_PASSWORD_CHANGE, "/account/password"),
    DONE(Authorities.SIGNED_IN, "/");

    private final String authority;
    private final String page;

    SignInStep(String authority, String page) {
        this.authority = authority;
        this.page = page;
    }

    String authority() {
        return authority;
    }

    String page() {
        return page;
    }
}
