package ca.vigie.indicators.web;

import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.system.NumberInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The definition sheet as typed; numbers stay text until they are read, so a bad one comes back as typed. */
record IndicatorForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String nameFr,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String nameEn,

        @Size(max = 2000, message = "{validation.tooLong}") @Nullable
        String definitionFr,

        @Size(max = 2000, message = "{validation.tooLong}") @Nullable
        String definitionEn,

        @NotNull(message = "{validation.required}") @Nullable
        Unit unit,

        @NotNull(message = "{validation.required}") @Nullable
        Direction direction,

        @Nullable String tolerancePercent,
        @Nullable String bandLow,
        @Nullable String bandHigh,
        @Nullable String baselineValue,

        @Nullable LocalDate baselineDate,

        @Size(max = 300, message = "{validation.tooLong}") @Nullable
        String baselineSource,

        @NotNull(message = "{validation.required}") @Nullable
        Frequency frequency,

        @Size(max = 300, message = "{validation.tooLong}") @Nullable
        String dataSource,

        @NotNull(message = "{validation.required}") @Nullable
        UUID ownerOrganizationId,

        @Nullable UUID responsibleUserId,
        @Nullable List<String> breakdowns,
        @Nullable Integer version,
        @Nullable UUID formToken) {

    static IndicatorForm blank() {
        return new IndicatorForm(
                "",
                "",
                "",
                "",
                null,
                null,
                "5",
                "",
                "",
                "",
                null,
                "",
                Frequency.MONTHLY,
                "",
                null,
                null,
                List.of(),
                null,
                UUID.randomUUID());
    }

    static IndicatorForm of(Indicator indicator, java.util.function.Function<BigDecimal, String> shown) {
        return new IndicatorForm(
                indicator.nameFr(),
                indicator.nameEn(),
                indicator.definitionFr(),
                indicator.definitionEn(),
                indicator.unit(),
                indicator.direction(),
                shown.apply(indicator.tolerancePercent()),
                indicator.bandLow() == null ? "" : shown.apply(indicator.bandLow()),
                indicator.bandHigh() == null ? "" : shown.apply(indicator.bandHigh()),
                indicator.baselineValue() == null ? "" : shown.apply(indicator.baselineValue()),
                indicator.baselineDate(),
                indicator.baselineSource(),
                indicator.frequency(),
                indicator.dataSource(),
                indicator.ownerOrganizationId(),
                indicator.responsibleUserId(),
                indicator.breakdownDimensions(),
                indicator.version(),
                null);
    }

    /** Reads the typed numbers, reporting each unreadable one by its field; empty when any is wrong. */
    java.util.Optional<Indicator.Definition> definition(BindingResult errors) {
        BigDecimal tolerance = number("tolerancePercent", tolerancePercent, errors, true);
        if (tolerance != null && (tolerance.signum() < 0 || tolerance.compareTo(new BigDecimal(100)) > 0)) {
            errors.rejectValue("tolerancePercent", "indicators.tolerance.range");
        }
        BigDecimal low = number("bandLow", bandLow, errors, false);
        BigDecimal high = number("bandHigh", bandHigh, errors, false);
        BigDecimal baseline = number("baselineValue", baselineValue, errors, false);
        if (errors.hasErrors()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Indicator.Definition(
                nameFr.strip(),
                nameEn.strip(),
                text(definitionFr),
                text(definitionEn),
                unit,
                direction,
                tolerance,
                low,
                high,
                baseline,
                baselineDate,
                text(baselineSource),
                frequency,
                text(dataSource),
                ownerOrganizationId,
                responsibleUserId,
                breakdowns == null ? List.of() : new ArrayList<>(breakdowns)));
    }

    private static @Nullable BigDecimal number(
            String field, @Nullable String typed, BindingResult errors, boolean required) {
        if (NumberInput.isBlank(typed)) {
            if (required) {
                errors.rejectValue(field, "validation.required");
            }
            return null;
        }
        var parsed = NumberInput.parse(typed);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "validation.number");
            return null;
        }
        return parsed.get();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
