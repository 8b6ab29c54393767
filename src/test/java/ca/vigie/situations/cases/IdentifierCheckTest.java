package ca.vigie.situations.cases;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.situations.cases.IdentifierCheck.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.WithQuickTheories;

/** What could identify someone is found in French and English summaries; ordinary prose is left alone. */
class IdentifierCheckTest implements WithQuickTheories {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Joindre au 613-555-0142 en soirée|PHONE|613-555-0142",
                "Call (819) 555 0199 after five|PHONE|(819) 555 0199",
                "Écrit souvent à a.tremblay@exemple.ca|EMAIL|a.tremblay@exemple.ca",
                "Carte santé 1234-567-890-AB retrouvée|HEALTH_CARD_ONTARIO|1234-567-890-AB",
                "Carte RAMQ TREA 5003 1512 au dossier|HEALTH_CARD_QUEBEC|TREA 5003 1512",
                "NAS 046 454 286 au dossier|SOCIAL_INSURANCE_NUMBER|046 454 286",
                "Joindre au 555-0142 le soir|PHONE|555-0142",
                "Habite près de K1P\u00A05G3 depuis peu|POSTAL_CODE|K1P\u00A05G3",
                "Habite près de K1P 5G3 depuis peu|POSTAL_CODE|K1P 5G3",
                "Lives near h2x1y4 now|POSTAL_CODE|h2x1y4",
                "Logement au 12 rue des Érables, 3e étage|STREET_ADDRESS|12 rue des Érables",
                "Vu au 45, boulevard Saint-Joseph hier|STREET_ADDRESS|45, boulevard Saint-Joseph",
                "Seen at 221 Baker Street twice|STREET_ADDRESS|221 Baker Street",
                "Vit au 45 rue laurier avec sa soeur|STREET_ADDRESS|45 rue laurier",
                "Staying at 120 main street since May|STREET_ADDRESS|120 main street",
                "Né le 2008-03-14 selon la mère|FULL_DATE|2008-03-14",
                "Arrivée le 14/03/2024 au refuge|FULL_DATE|14/03/2024",
                "Depuis le 3 mars 2025, plus de nouvelles|FULL_DATE|3 mars 2025",
                "Evicted on March 3rd, 2025 by the landlord|FULL_DATE|March 3rd, 2025",
            })
    void finds_each_kind_of_identifier(String summary, Kind kind, String text) {
        assertThat(IdentifierCheck.find(summary, List.of())).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(kind);
            assertThat(hit.text()).isEqualTo(text);
            assertThat(summary.substring(hit.start())).startsWith(text);
        });
    }

    @Test
    void names_from_the_identifying_details_are_found_whatever_their_case_or_accents() {
        List<IdentifierCheck.Hit> hits = IdentifierCheck.find(
                "Madame TREMBLAY vit seule; sa fille Hélène passe parfois. Un tremblement de terre? Non.",
                List.of("Hélène Tremblay"));

        assertThat(hits)
                .extracting(IdentifierCheck.Hit::kind, IdentifierCheck.Hit::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.NAME, "TREMBLAY"),
                        org.assertj.core.groups.Tuple.tuple(Kind.NAME, "Hélène"));
    }

    @Test
    void particles_of_a_name_are_not_taken_for_the_name_and_compound_names_are_split() {
        assertThat(IdentifierCheck.find(
                        "La mère de la jeune fille dit que Jean et O’Brien passent le soir.",
                        List.of("Marie de la Fontaine", "Jean-François O'Brien")))
                .extracting(IdentifierCheck.Hit::text)
                .containsExactly("Jean", "O’Brien");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Two appointments with Dr. Roy this month",
                "Manque 2 appointments with the clinic",
                "Il reste 1 place au refuge cette semaine",
                "3 nights at her place last week",
                "Inscrit pour l’année 2023-2024 à l’école",
                "Trois rencontres de 2 heures, 15 ans, 4 appels",
                "Walked 2 blocks down the road to the clinic",
                "Crossed 3 lanes of the street alone",
            })
    void honest_summaries_are_not_blocked(String summary) {
        assertThat(IdentifierCheck.find(summary, List.of("Alex Tremblay"))).isEmpty();
    }

    @Test
    void ordinary_words_and_small_numbers_are_left_alone() {
        qt().withExamples(200)
                .forAll(lists().of(arbitrary()
                                .pick(List.of(
                                        "la",
                                        "personne",
                                        "vit",
                                        "seule",
                                        "depuis",
                                        "trois",
                                        "semaines",
                                        "refuse",
                                        "les",
                                        "visites",
                                        "and",
                                        "has",
                                        "missed",
                                        "school",
                                        "for",
                                        "2",
                                        "weeks",
                                        "15",
                                        "ans",
                                        "appels",
                                        "en",
                                        "mois",
                                        "sans",
                                        "logement",
                                        "stable",
                                        "l’hiver",
                                        "mère",
                                        "au")))
                        .ofSizeBetween(1, 40))
                .checkAssert(
                        words -> assertThat(IdentifierCheck.find(String.join(" ", words), List.of("Alex Tremblay")))
                                .isEmpty());
    }

    @Test
    void an_identifier_is_found_wherever_it_sits_in_prose() {
        qt().withExamples(200)
                .forAll(
                        integers().between(0, 30),
                        arbitrary()
                                .pick(List.of(
                                        "613 555 0142", "alex@exemple.ca", "K1P 5G3", "2008-03-14", "45 rue Laval")))
                .checkAssert((position, identifier) -> {
                    String before = "mot ".repeat(position);
                    assertThat(IdentifierCheck.find(before + identifier + " fin.", List.of()))
                            .singleElement()
                            .satisfies(hit -> assertThat(hit.start()).isEqualTo(before.length()));
                });
    }
}
