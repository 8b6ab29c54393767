package ca.vigie.indicators;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An indicator at a glance: its name, its latest value and status, and its recent trend. */
public record IndicatorTile(
        UUID id,
        String nameFr,
        String nameEn,
        Unit unit,
        Direction direction,
        Frequency frequency,
        UUID ownerOrganizationId,
        boolean archived,
        @Nullable ValuePoint latest,
        Sparkline trend) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public ValueStatus status() {
        return latest == null ? ValueStatus.NO_TARGET : latest.status();
    }
}
