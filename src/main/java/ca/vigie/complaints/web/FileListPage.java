package ca.vigie.complaints.web;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.process.Stage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The files a member of staff may reach, as they asked to see them: narrowed to a stage or to a
 * reference, a page at a time. An office holds thousands of files over the years; a page shows fifty.
 */
public record FileListPage(
        List<ComplaintFiles.Line> lines, int page, int pages, int total, String stage, String reference) {

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

    /**
     * The page of the files that match. A stage not in the list or a reference too long to be one
     * is refused next to its field and narrows nothing; a page past the end shows the last one.
     */
    static FileListPage of(List<ComplaintFiles.Line> all, Filter filter, Errors errors) {
        Optional<Stage> stage = Optional.empty();
        if (!blank(filter.stage())) {
            stage = Arrays.stream(Stage.values())
                    .filter(s -> s.name().equals(filter.stage().strip()))
                    .findFirst();
            if (stage.isEmpty()) {
                errors.rejectValue("stage", "validation.invalidChoice");
            }
        }
        String reference = blank(filter.reference()) ? "" : filter.reference().strip();
        if (reference.length() > MAX_REFERENCE) {
            errors.rejectValue("reference", "complaints.files.filter.referenceTooLong");
            reference = "";
        }
        String wanted = reference.toLowerCase(Locale.ROOT);
        Optional<Stage> inStage = stage;
        List<ComplaintFiles.Line> matching = all.stream()
                .filter(line -> inStage.map(s -> line.file().stage() == s).orElse(true))
                .filter(line -> wanted.isEmpty()
                        || line.file().reference().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(pageNumber(filter.page()), pages - 1);
        int from = page * PAGE_SIZE;
        return new FileListPage(
                matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE)),
                page,
                pages,
                matching.size(),
                inStage.map(Stage::name).orElse(""),
                reference);
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
