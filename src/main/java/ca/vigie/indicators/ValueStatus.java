package ca.vigie.indicators;

/** Where a value stands against its target; shown with an icon and a word, never colour alone. */
public enum ValueStatus {
    ON_TARGET("✓"),
    NEAR_TARGET("◐"),
    OFF_TARGET("✗"),
    NO_TARGET("–");

    private final String icon;

    ValueStatus(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }
}
