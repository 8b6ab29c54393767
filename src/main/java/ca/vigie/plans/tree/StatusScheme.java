package ca.vigie.plans.tree;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The statuses a plan's items can take, each with a label and an icon. */
public record StatusScheme(List<Status> statuses) {

    public record Status(String code, String labelFr, String labelEn, String icon, int severity, boolean completed) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
        }

        public boolean countsInRollup() {
            return severity >= 0;
        }
    }

    public Optional<Status> find(String code) {
        return statuses.stream().filter(status -> status.code().equals(code)).findFirst();
    }
}
