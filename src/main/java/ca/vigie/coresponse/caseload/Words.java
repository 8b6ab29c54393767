package ca.vigie.coresponse.caseload;

import ca.vigie.system.Text;
import org.jspecify.annotations.Nullable;

/** The words someone types on the caseload's forms, checked the same way on each: required, readable, short enough. */
final class Words {

    private Words() {}

    /** The words as typed, without their surrounding spaces; refused by their field when they will not do. */
    static String required(@Nullable String typed, String field, int max) {
        String words = typed == null ? "" : typed.strip();
        if (words.isEmpty()) {
            throw new CaseloadRejection(field, "validation.required");
        }
        if (Text.hasUnreadable(words)) {
            throw new CaseloadRejection(field, "text.unreadable");
        }
        if (words.length() > max) {
            throw new CaseloadRejection(field, "text.tooLong", max);
        }
        return words;
    }
}
