package ca.vigie.plans.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A comment on an item as typed. */
record CommentForm(
        @Size(max = 4000, message = "{plans.comments.tooLong}") @Nullable
        String body) {

    static CommentForm blank() {
        return new CommentForm("");
    }

    String text() {
        return body == null ? "" : body;
    }
}
