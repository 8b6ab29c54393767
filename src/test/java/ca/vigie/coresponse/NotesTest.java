package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.notes.Note;
import ca.vigie.coresponse.notes.NoteRejection;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.coresponse.notes.SharingBasis;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Police notes and health notes kept apart, and what passes between them logged. */
@VigieTest
class NotesTest {

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    Calls calls;

    @Autowired
    Notes notes;

    @Autowired
    JdbcClient jdbc;

    TestTeam team;
    Seat officer;
    Seat worker;
    UUID person;

    @BeforeEach
    void setUp() {
        team = testTeams.team(communities.community());
        officer = testTeams.seat(team, team.officer());
        worker = testTeams.seat(team, team.worker());
        person = testTeams.personMet(team, "Rita P.");
    }

    @Test
    void each_side_reads_its_own_notes_and_the_team_s_never_the_other_side_s() {
        notes.write(officer, person, "Mandat en vigueur, approcher à deux.", false, UUID.randomUUID());
        notes.write(worker, person, "Suivi en psychiatrie, médication ajustée.", false, UUID.randomUUID());
        notes.write(worker, person, "Chien à la maison, aborder calmement.", true, UUID.randomUUID());

        assertThat(notes.readable(officer, person))
                .extracting(Note::body)
                .containsExactlyInAnyOrder(
                        "Mandat en vigueur, approcher à deux.", "Chien à la maison, aborder calmement.");
        assertThat(notes.readable(worker, person))
                .extracting(Note::body)
                .containsExactlyInAnyOrder(
                        "Suivi en psychiatrie, médication ajustée.", "Chien à la maison, aborder calmement.");
        assertThatThrownBy(() -> notes.readable(testTeams.seat(team, team.steering()), person))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql(
                                "select count(*) from coresponse_note where person_id = ? and body::text like '%psychiatrie%'")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void passing_across_takes_the_chosen_words_and_a_basis_and_is_logged_and_audited() {
        UUID note = notes.write(
                worker,
                person,
                "Crise suicidaire la semaine dernière; hospitalisée trois jours.",
                false,
                UUID.randomUUID());

        assertThatThrownBy(() -> notes.share(worker, note, "Risque suicidaire élevé.", null, "", UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        NoteRejection.class, r -> assertThat(r.field()).isEqualTo("basis"));
        assertThatThrownBy(() -> notes.share(
                        worker, note, "Risque suicidaire élevé.", SharingBasis.OTHER, "", UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        NoteRejection.class, r -> assertThat(r.field()).isEqualTo("detail"));
        assertThatThrownBy(() -> notes.share(officer, note, "Risque.", SharingBasis.CONSENT, "", UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);

        notes.share(
                worker,
                note,
                "Risque suicidaire élevé: ne pas laisser seule.",
                SharingBasis.QC_HEALTH_INFORMATION_EMERGENCY,
                "",
                UUID.randomUUID());

        assertThat(notes.readable(officer, person)).singleElement().satisfies(shared -> {
            assertThat(shared.body()).isEqualTo("Risque suicidaire élevé: ne pas laisser seule.");
            assertThat(shared.sharedUnder()).isEqualTo(SharingBasis.QC_HEALTH_INFORMATION_EMERGENCY);
        });
        assertThat(notes.disclosures(officer, person))
                .singleElement()
                .satisfies(d -> assertThat(d.fromSide()).isEqualTo("HEALTH"));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'CORESPONSE_NOTE_DISCLOSED' and object_id = ?
                        """).param(person.toString()).query(Long.class).single())
                .isEqualTo(1);
    }
}
