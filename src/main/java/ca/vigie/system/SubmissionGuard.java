package ca.vigie.system;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a form submission take effect once. Each form carries a token; the first submission
 * claims it in the same transaction as the record it creates, and a repeated submission (double
 * click, browser retry) gets the first result back instead of a second record.
 */
@Component
public class SubmissionGuard {

    private final JdbcClient jdbc;

    SubmissionGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID once(UUID token, Supplier<UUID> action) {
        int claimed = jdbc.sql("insert into form_submission (token) values (?) on conflict do nothing")
                .param(token)
                .update();
        if (claimed == 0) {
            return previousResult(token).orElseThrow(() -> new DuplicateSubmissionException());
        }
        UUID result = action.get();
        jdbc.sql("update form_submission set result_id = ? where token = ?")
                .params(result.toString(), token)
                .update();
        return result;
    }

    private Optional<UUID> previousResult(UUID token) {
        return jdbc.sql("select result_id from form_submission where token = ?")
                .param(token)
                .query(String.class)
                .optional()
                .map(UUID::fromString);
    }

    /** The same form was submitted twice and the first submission did not produce a record. */
    public static class DuplicateSubmissionException extends RuntimeException {
        DuplicateSubmissionException() {
            super("Form already submitted");
        }
    }
}
