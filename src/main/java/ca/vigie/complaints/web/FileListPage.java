package ca.vigie.complaints.web;

import ca.vigie.complaints.files.FileLists;
import ca.vigie.complaints.process.Stage;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The files a member of staff may reach, as they asked to see them: narrowed to a stage or to a
 * reference, a page at a time. An office holds thousands of files over the years; a page shows fifty.
 */
public record FileListPage(List<FileLists.Line> lines, int page, int pages, int total, String stage, String reference) {

    static final int PAGE_SIZE = 50;
    static final int MAX_REFERENCE = 40;

    /** What the list was asked for; every value comes back as typed, checked in {@link #of}. */
    public record Filter(
            @Nullable String stage,
            @Nullable String reference,
            @Nullable String page) {

        static Filter none() {
            return new Filter(null, null, null);
        }

        public boolean narrowed() {
            return !blank(stage) || !blank(reference);
        }
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    /** What was asked once checked: what could not be understood narrows nothing. */
    record Asked(@Nullable Stage stage, String reference, int page) {}

    /**
     * A stage not in the list or a reference too long to be one is refused next to its field and
     * narrows nothing; a page that is not a number is the first.
     */
    static Asked asked(Filter filter, Errors errors) {
        Stage stage = null;
        if (!blank(filter.stage())) {
            stage = Arrays.stream(Stage.values())
                    .filter(s -> s.name().equals(filter.stage().strip()))
                    .findFirst()
                    .orElse(null);
            if (stage == null) {
                errors.rejectValue("stage", "validation.invalidChoice");
            }
        }
        String reference = blank(filter.reference()) ? "" : filter.reference().strip();
        if (reference.length() > MAX_REFERENCE) {
            errors.rejectValue("reference", "complaints.files.filter.referenceTooLong");
            reference = "";
        }
        return new Asked(stage, reference, pageNumber(filter.page()));
    }

    static FileListPage of(FileLists.Page found, Asked asked) {
        return new FileListPage(
                found.lines(),
                found.page(),
                found.pages(),
                found.total(),
                asked.stage() == null ? "" : asked.stage().name(),
                asked.reference());
    }

    /** Pages are numbered from 1 in addresses, as people count them. */
    private static int pageNumber(@Nullable String typed) {
        if (blank(typed) || !typed.strip().matches("[0-9]{1,6}")) {
            return 0;
        }
        return Math.max(0, Integer.parseInt(typed.strip()) - 1);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
