package ca.vigie.plans.web;

import ca.vigie.organizations.OrganizationDirectory.OrganizationRef;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.StatusScheme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An item's history as a reader understands it: the history keeps values as stored (identifiers,
 * codes, ISO dates) so that renaming an organisation or a label never rewrites the past; they are
 * put into words when shown, in the reader's language.
 */
final class ItemHistory {

    /** One change as shown: who, when, which field, and the values before and after in words. */
    record Shown(Instant changedAt, @Nullable UUID changedBy, String field, String before, String after) {}

    private final Locale locale;
    private final MessageSource messages;
    private final Map<UUID, String> people;
    private final Map<UUID, OrganizationRef> organizations;
    private final Map<UUID, String> indicators;
    private final Map<UUID, String> items;
    private final StatusScheme scheme;

    ItemHistory(
            Locale locale,
            MessageSource messages,
            Map<UUID, String> people,
            Map<UUID, OrganizationRef> organizations,
            Map<UUID, String> indicators,
            Map<UUID, String> items,
            StatusScheme scheme) {
        this.locale = locale;
        this.messages = messages;
        this.people = people;
        this.organizations = organizations;
        this.indicators = indicators;
        this.items = items;
        this.scheme = scheme;
    }

    /** The indicators a history names, so that their names can be looked up at once. */
    static List<UUID> indicatorsNamed(List<PlanItems.Change> changes) {
        return changes.stream()
                .filter(change -> change.field().equals("indicators"))
                .flatMap(change -> Arrays.stream(new String[] {change.before(), change.after()}))
                .flatMap(ItemHistory::ids)
                .distinct()
                .toList();
    }

    /** A field on which the saved version and the one typed differ, both in words. */
    record Difference(String field, String theirs, String yours) {}

    /** Differences as {@link ca.vigie.plans.tree.PlanItem.Details#changesFrom} gives them: saved first, typed second. */
    List<Difference> differences(Map<String, String[]> changes) {
        return changes.entrySet().stream()
                .map(change -> new Difference(
                        change.getKey(),
                        words(change.getKey(), change.getValue()[0]),
                        words(change.getKey(), change.getValue()[1])))
                .toList();
    }

    List<Shown> show(List<PlanItems.Change> changes) {
        return changes.stream()
                .map(change -> new Shown(
                        change.changedAt(),
                        change.changedBy(),
                        change.field(),
                        words(change.field(), change.before()),
                        words(change.field(), change.after())))
                .toList();
    }

    private String words(String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "leadOrganization", "collaborators" ->
                names(value, id -> {
                    OrganizationRef organization = organizations.get(id);
                    return organization == null ? null : organization.name(locale);
                });
            case "responsible" -> names(value, people::get);
            case "indicators" -> names(value, indicators::get);
            case "parent" -> names(value, items::get);
            case "archived" ->
                messages.getMessage("plans.history.archived." + Boolean.parseBoolean(value), null, locale);
            case "status" ->
                scheme.find(value)
                        .map(status -> status.icon() + " " + status.label(locale))
                        .orElse(value);
            case "timeHorizon" -> label("horizon.", value);
            case "planningArea", "issueCategory", "measureType" -> label(field + ".", value);
            case "startDate", "endDate" -> date(value);
            default -> value;
        };
    }

    /** Names in place of identifiers; one that no longer resolves says so rather than showing the identifier. */
    private String names(String ids, Function<UUID, @Nullable String> name) {
        return ids(ids).map(id -> {
                    String found = name.apply(id);
                    return found == null ? messages.getMessage("plans.history.unknown", null, locale) : found;
                })
                .collect(Collectors.joining(", "));
    }

    private String label(String prefix, String code) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    private String date(String iso) {
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }

    private static java.util.stream.Stream<UUID> ids(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return java.util.stream.Stream.empty();
        }
        return Arrays.stream(value.split(",")).map(String::strip).flatMap(text -> {
            try {
                return java.util.stream.Stream.of(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                return java.util.stream.Stream.empty();
            }
        });
    }
}
