package ca.vigie.complaints.files;

import ca.vigie.complaints.offices.Jurisdiction;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code vigie.complaints.*}: how many years after its closure a file keeps its
 * content, by jurisdiction, never less than the law asks (federal 10, Québec 2), and the smallest
 * count the office's statistics show.
 */
@ConfigurationProperties("vigie.complaints")
public record ComplaintSettings(
        @DefaultValue("10") int federalRetentionYears,
        @DefaultValue("5") int ontarioRetentionYears,
        @DefaultValue("2") int quebecRetentionYears,
        @DefaultValue("5") int smallestCount) {

    static final int FEDERAL_MINIMUM = 10;
    static final int QUEBEC_MINIMUM = 2;

    public ComplaintSettings {
        if (federalRetentionYears < FEDERAL_MINIMUM) {
            throw new IllegalArgumentException("vigie.complaints.federal-retention-years must be at least 10");
        }
        if (quebecRetentionYears < QUEBEC_MINIMUM) {
            throw new IllegalArgumentException("vigie.complaints.quebec-retention-years must be at least 2");
        }
        if (ontarioRetentionYears < 1) {
            throw new IllegalArgumentException("vigie.complaints.ontario-retention-years must be at least 1");
        }
        if (smallestCount < 1) {
            throw new IllegalArgumentException("vigie.complaints.smallest-count must be at least 1");
        }
    }

    /** The retention class of a jurisdiction: years kept after closure. */
    public int retentionYears(Jurisdiction jurisdiction) {
        return switch (jurisdiction) {
            case FEDERAL -> federalRetentionYears;
            case ONTARIO -> ontarioRetentionYears;
            case QUEBEC -> quebecRetentionYears;
        };
    }
}
