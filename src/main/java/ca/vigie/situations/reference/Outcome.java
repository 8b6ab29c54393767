package ca.vigie.situations.reference;

/** What a concluded situation came to, the group each conclusion reason falls under. */
public enum Outcome {
    RISK_LOWERED,
    STILL_ELEVATED;

    static boolean named(String name) {
        for (Outcome outcome : values()) {
            if (outcome.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
