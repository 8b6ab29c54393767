package ca.vigie.system.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A refused request. A sign-in form whose security token has expired goes back to the sign-in page
 * with the username kept; any other refusal shows the 403 page, which tells an expired form apart
 * from a missing permission.
 */
class DeniedRequestHandler implements AccessDeniedHandler {

    static final String REASON_ATTRIBUTE = "vigie.deniedReason";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean expiredForm = denied instanceof CsrfException;
        if (expiredForm && "/login".equals(request.getServletPath()) && "POST".equals(request.getMethod())) {
            FlashMap flash = new FlashMap();
            String username = request.getParameter("username");
            if (username != null) {
                flash.put("username", username);
            }
            flash.setTargetRequestPath(request.getContextPath() + "/login");
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + ExpiredSessionRedirect.TARGET);
            return;
        }
        if (SignInEntryPoint.isApi(request)) {
            SignInEntryPoint.problem(request, response, HttpStatus.FORBIDDEN);
            return;
        }
        request.setAttribute(REASON_ATTRIBUTE, expiredForm ? "expiredForm" : "forbidden");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.FORBIDDEN.value());
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
