package ca.vigie.indicators.registry;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breakdown categories: age bands and genders shared by every community, areas defined per
 * community. A value's breakdown is empty for the total, or {@code DIMENSION:CODE}.
 */
@Component
public class Breakdowns {

    private final JdbcClient jdbc;

    Breakdowns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Category(String dimension, String code, String labelFr, String labelEn) {

        public String key() {
            return dimension + ":" + code;
        }

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
        }
    }

    @Transactional(readOnly = true)
    public List<Category> categories(UUID communityId, List<String> dimensions) {
        if (dimensions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select dimension, code, label_fr, label_en from breakdown_category
                        where dimension in (:dimensions) and not retired
                          and (community_id is null or community_id = :community)
                        order by dimension, sort_order
                        """)
                .param("dimensions", dimensions)
                .param("community", communityId)
                .query(Category.class)
                .list();
    }

    boolean isValid(Indicator indicator, String breakdown) {
        if (breakdown.isEmpty()) {
            return true;
        }
        return categories(indicator.communityId(), indicator.breakdownDimensions()).stream()
                .anyMatch(category -> category.key().equals(breakdown));
    }
}
