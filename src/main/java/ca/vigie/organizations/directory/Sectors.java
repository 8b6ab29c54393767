package ca.vigie.organizations.directory;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sectors an organisation can belong to, as bilingual reference data. */
@Component
public class Sectors {

    private final JdbcClient jdbc;

    Sectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Sector(String code, String labelFr, String labelEn, boolean retired) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
        }
    }

    /** Current sectors, for choosing; retired ones stay readable on existing organisations. */
    public List<Sector> selectable() {
        return jdbc.sql("select code, label_fr, label_en, retired from sector where not retired order by sort_order")
                .query(Sector.class)
                .list();
    }

    public boolean isSelectable(String code) {
        return jdbc.sql("select count(*) from sector where code = ? and not retired")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
