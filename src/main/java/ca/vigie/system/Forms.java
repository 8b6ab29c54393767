package ca.vigie.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

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

    /**
     * Submits an edit of something others may change at the same time: whether it was saved. When
     * someone else saved first the answer is 409, and {@code whenStale} puts what they saved beside what
     * this person typed, with the version to try again from.
     */
    public static boolean edit(BindingResult form, HttpServletResponse response, Runnable action, Runnable whenStale) {
        try {
            return submit(form, response, action);
        } catch (StaleEditException stale) {
            whenStale.run();
            response.setStatus(HttpStatus.CONFLICT.value());
            return false;
        }
    }

    /**
     * A form's first problem, for the pages that still show one problem per form by its field and
     * message key: the most precise key the messages know (a date's, a choice's), never the value.
     */
    public static Optional<Problem> firstProblem(BindingResult form, MessageSource messages) {
        FieldError error = form.getFieldError();
        if (error == null) {
            ObjectError global = form.getGlobalError();
            return global == null || global.getCode() == null
                    ? Optional.empty()
                    : Optional.of(new Problem("", global.getCode()));
        }
        String[] codes = error.getCodes() == null ? new String[0] : error.getCodes();
        for (String code : codes) {
            if (messages.getMessage(code, null, null, Locale.ROOT) != null) {
                return Optional.of(new Problem(error.getField(), code));
            }
        }
        return Optional.of(new Problem(error.getField(), "typeMismatch"));
    }

    /** A problem by its field ({@code ""} for the form as a whole) and its message key. */
    public record Problem(String field, String messageKey) {}
}
