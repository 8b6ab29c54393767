package ca.vigie.situations.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Whatever is typed as a summary and as a name, the identifier check answers: never an exception,
 * and every finding is a piece of the summary as typed, in reading order, without overlaps. Runs its
 * saved inputs on every build; set JAZZER_FUZZ=1 to explore.
 */
class IdentifierCheckFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_summary_and_name_are_checked(FuzzedDataProvider data) {
        String name = data.consumeString(60);
        String summary = data.consumeRemainingAsString();

        List<IdentifierCheck.Hit> hits = IdentifierCheck.find(summary, List.of(name));

        int end = 0;
        for (IdentifierCheck.Hit hit : hits) {
            assertThat(hit.start()).isGreaterThanOrEqualTo(end);
            assertThat(hit.text()).isNotEmpty();
            assertThat(summary.substring(hit.start(), hit.start() + hit.text().length()))
                    .isEqualTo(hit.text());
            end = hit.start() + hit.text().length();
        }
        assertThat(IdentifierCheck.find(summary, List.of(name))).isEqualTo(hits);
    }
}
