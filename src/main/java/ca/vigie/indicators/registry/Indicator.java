package ca.vigie.indicators.registry;

import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.StatusRule;
import ca.vigie.indicators.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An indicator's definition sheet. Its values live apart, as a series. */
@Table("indicator")
public record Indicator(
        @Id UUID id,
        UUID communityId,
        String nameFr,
        String nameEn,
        String definitionFr,
        String definitionEn,
        Unit unit,
        Direction direction,
        BigDecimal tolerancePercent,
        @Nullable BigDecimal bandLow,
        @Nullable BigDecimal bandHigh,
        @Nullable BigDecimal baselineValue,
        @Nullable LocalDate baselineDate,
        String baselineSource,
        Frequency frequency,
        String dataSource,
        UUID ownerOrganizationId,
        @Nullable UUID responsibleUserId,
        String breakdowns,
        boolean archived,
        @Version @Nullable Integer version,
        Instant createdAt,
        Instant updatedAt) {

    public static Indicator define(UUID communityId, Definition definition, Instant now) {
        return of(UUID.randomUUID(), communityId, definition, false, null, now, now);
    }

    public Indicator redefine(Definition definition, int expectedVersion, Instant now) {
        return of(id, communityId, definition, archived, expectedVersion, createdAt, now);
    }

    private static Indicator of(
            UUID id,
            UUID communityId,
            Definition definition,
            boolean archived,
            @Nullable Integer version,
            Instant createdAt,
            Instant updatedAt) {
        return new Indicator(
                id,
                communityId,
                definition.nameFr(),
                definition.nameEn(),
                definition.definitionFr(),
                definition.definitionEn(),
                definition.unit(),
                definition.direction(),
                definition.tolerancePercent(),
                definition.bandLow(),
                definition.bandHigh(),
                definition.baselineValue(),
                definition.baselineDate(),
                definition.baselineSource(),
                definition.frequency(),
                definition.dataSource(),
                definition.ownerOrganizationId(),
                definition.responsibleUserId(),
                String.join(",", definition.breakdowns()),
                archived,
                version,
                createdAt,
                updatedAt);
    }

    public Indicator withArchived(boolean archived, Instant now) {
        return new Indicator(
                id,
                communityId,
                nameFr,
                nameEn,
                definitionFr,
                definitionEn,
                unit,
                direction,
                tolerancePercent,
                bandLow,
                bandHigh,
                baselineValue,
                baselineDate,
                baselineSource,
                frequency,
                dataSource,
                ownerOrganizationId,
                responsibleUserId,
                breakdowns,
                archived,
                version,
                createdAt,
                now);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public StatusRule statusRule() {
        return new StatusRule(direction, tolerancePercent, bandLow, bandHigh);
    }

    public List<String> breakdownDimensions() {
        return breakdowns.isBlank() ? List.of() : Arrays.asList(breakdowns.split(","));
    }

    public Definition definition() {
        return new Definition(
                nameFr,
                nameEn,
                definitionFr,
                definitionEn,
                unit,
                direction,
                tolerancePercent,
                bandLow,
                bandHigh,
                baselineValue,
                baselineDate,
                baselineSource,
                frequency,
                dataSource,
                ownerOrganizationId,
                responsibleUserId,
                breakdownDimensions());
    }

    /** Everything a coordinator sets on the definition sheet. */
    public record Definition(
            String nameFr,
            String nameEn,
            String definitionFr,
            String definitionEn,
            Unit unit,
            Direction direction,
            BigDecimal tolerancePercent,
            @Nullable BigDecimal bandLow,
            @Nullable BigDecimal bandHigh,
            @Nullable BigDecimal baselineValue,
            @Nullable LocalDate baselineDate,
            String baselineSource,
            Frequency frequency,
            String dataSource,
            UUID ownerOrganizationId,
            @Nullable UUID responsibleUserId,
            List<String> breakdowns) {}

    @Override
    public String toString() {
        return "Indicator[" + id + "]";
    }
}
