package ca.vigie.complaints.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message to the office or from it, as typed. */
record MessageForm(
        @Size(max = 4000, message = "{validation.tooLong}") @Nullable
        String body,

        @Nullable UUID formToken) {

    static MessageForm blank() {
        return new MessageForm("", UUID.randomUUID());
    }

    String text() {
        return body == null ? "" : body;
    }

    UUID token() {
        return formToken == null ? UUID.randomUUID() : formToken;
    }
}
