package ca.vigie.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * The one way a screen submits a form. The request record arrives checked ({@code @Valid}); when it
 * was read clean, the module's service is asked to act; a domain rule's refusal is placed next to
 * its field. When anything stands in the way the answer is 422 and the caller shows the form again,
 * as a page or an htmx fragment, from the same record: everything typed is kept.
 */
public final class Forms {

    private Forms() {}

    /** Whether the action was done; if not, the problems are on the form and the status is 422. */
    public static boolean submit(BindingResult form, HttpServletResponse response, Runnable action) {
        return submit(form, response, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** What the action answered (a new record's id, say), or nothing when the form goes back. */
    public static <T> Optional<T> submit(BindingResult form, HttpServletResponse response, Supplier<T> action) {
        if (!form.hasErrors()) {
            try {
                return Optional.of(action.get());
            } catch (Refusal refused) {
                refused.placeOn(form);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return Optional.empty();
    }
}
