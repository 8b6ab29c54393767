package ca.vigie.situations.web;

import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.statistics.Breakdown;
import ca.vigie.situations.statistics.Dimension;
import ca.vigie.situations.tables.SituationTables;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words for the keys of statistics cells, in the reader's language. */
@Component
class StatisticsLabels {

    private final SituationReference reference;
    private final SituationTables tables;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    StatisticsLabels(
            SituationReference reference,
            SituationTables tables,
            OrganizationDirectory directory,
            MessageSource messages) {
        this.reference = reference;
        this.tables = tables;
        this.directory = directory;
        this.messages = messages;
    }

    /** A labeller for one reader: reference values, tables and organisations are looked up once. */
    Labeller forReader(VigiePrincipal who, Locale locale) {
        Map<String, String> named = new HashMap<>();
        for (ReferenceList list : ReferenceList.values()) {
            for (ReferenceValue value : reference.values(who.communityId(), list)) {
                named.put(value.id().toString(), value.label(locale));
            }
        }
        tables.tables(who.communityId()).forEach(table -> named.put(table.id().toString(), table.name(locale)));
        directory
                .organizations(who.communityId())
                .forEach(organization -> named.put(organization.id().toString(), organization.name(locale)));
        return new Labeller(named, locale);
    }

    final class Labeller {

        private final Map<String, String> named;
        private final Locale locale;

        Labeller(Map<String, String> named, Locale locale) {
            this.named = named;
            this.locale = locale;
        }

        String label(Dimension dimension, String key) {
            return switch (dimension) {
                case MONTH -> YearMonth.parse(key).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
                case STAGE -> message("situations.stage." + key);
                case SITUATION_TYPE -> message("situations.type." + key);
                case AGE_BAND ->
                    "NOT_APPLICABLE".equals(key)
                            ? message("situations.ageBand.none")
                            : message("situations.ageBand." + key);
                case GENDER -> message("situations.gender." + key);
                case DAYS_TO_CONCLUSION -> message("statistics.days." + key);
                default -> named.getOrDefault(key, message("statistics.unknownValue"));
            };
        }

        /** Each cell's label, in the breakdown's order. */
        Map<String, String> labels(Breakdown breakdown) {
            Map<String, String> labels = new java.util.LinkedHashMap<>();
            breakdown.cells().forEach(cell -> labels.put(cell.key(), label(breakdown.dimension(), cell.key())));
            return labels;
        }

        private String message(String code) {
            return messages.getMessage(code, null, locale);
        }
    }
}
