package ca.vigie.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.session.InvalidSessionStrategy;

/** Sends someone whose session ended back to the sign-in page with a message saying why; the API answers 401. */
class ExpiredSessionRedirect implements InvalidSessionStrategy {

    static final String TARGET = "/login?expired";

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SignInEntryPoint.isApi(request)) {
            SignInEntryPoint.problem(request, response, HttpStatus.UNAUTHORIZED);
            return;
        }
        request.getSession(true);
        SignInEntryPoint.redirect(request, response, TARGET);
    }
}
