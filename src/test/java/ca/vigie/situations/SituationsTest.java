package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.IdentifierCheck;
import ca.vigie.situations.cases.IdentityCorrection;
import ca.vigie.situations.cases.Meeting;
import ca.vigie.situations.cases.MeetingAgenda;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationAccess;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationLists;
import ca.vigie.situations.cases.SituationRejection;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.cases.Stage;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Filter 1: a situation is its originating organisation's alone; identifying details are encrypted and their reads audited. */
@VigieTest
class SituationsTest {

    @Autowired
    Situations situations;

    @Autowired
    SituationDecisions decisions;

    @Autowired
    MeetingAgenda agendas;

    @Autowired
    SituationAccess access;

    @Autowired
    SituationLists lists;

    @Autowired
    Meetings meetings;

    @Autowired
    SituationReference reference;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables testTables;

    @Autowired
    JdbcTemplate jdbc;

    TestCommunity community;
    TestCommunity health;
    VigiePrincipal worker;
    VigiePrincipal colleague;
    VigiePrincipal nurse;
    UUID tableId;
    UUID riskFactor;

    @BeforeEach
    void setUp() {
        community = communities.community();
        health = communities.partner(community);
        tableId = testTables.table(community, community, health);
        worker = communities.person(community, Role.TABLE_MEMBER);
        colleague = communities.person(community, Role.TABLE_MEMBER);
        nurse = communities.person(health, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker, colleague, nurse);
        riskFactor = reference
                .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                .get(0)
                .id();
    }

    @Test
    void an_organisations_list_comes_fifty_at_a_time_latest_first() {
        List<UUID> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 51; i++) {
            opened.add(situations.open(
                    worker, tableId, facts("Situation " + i), Situation.Identity.NONE, UUID.randomUUID()));
        }

        SituationLists.LinePage first = lists.visibleAt(worker, tableId, 0);
        assertThat(first.lines()).hasSize(50);
        assertThat(first.total()).isEqualTo(51);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        SituationLists.LinePage last = lists.visibleAt(worker, tableId, 1);
        assertThat(last.lines()).extracting(SituationLists.Line::id).containsExactly(opened.get(0));
        assertThat(last.first()).isEqualTo(51);
        assertThat(last.hasNext()).isFalse();
        assertThat(lists.visibleAt(worker, tableId, 99).page()).isEqualTo(1);
        assertThat(lists.visibleAt(worker, tableId, -3).page()).isZero();
    }

    @Test
    void a_situation_is_seen_by_its_organisations_representatives_alone() {
        UUID id = situations.open(worker, tableId, facts("Isolement depuis l’hiver"), identity(), UUID.randomUUID());

        assertThat(lists.visibleAt(worker, tableId, 0).lines())
                .extracting(SituationLists.Line::id)
                .containsExactly(id);
        assertThat(lists.visibleAt(colleague, tableId, 0).lines())
                .extracting(SituationLists.Line::id)
                .containsExactly(id);
        assertThat(lists.visibleAt(nurse, tableId, 0).lines()).isEmpty();
        assertThatThrownBy(() -> situations.get(nurse, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> situations.identity(nurse, id)).isInstanceOf(NotFoundException.class);

        VigiePrincipal sameOrganizationNotSeated = communities.person(community, Role.TABLE_MEMBER);
        assertThatThrownBy(() -> situations.get(sameOrganizationNotSeated, id)).isInstanceOf(NotFoundException.class);
        VigiePrincipal seatedWithoutRole = communities.person(community);
        assertThatThrownBy(() -> situations.get(seatedWithoutRole, id)).isInstanceOf(NotFoundException.class);
        VigiePrincipal elsewhere = communities.person(communities.community(), Role.TABLE_MEMBER);
        assertThatThrownBy(() -> situations.get(elsewhere, id)).isInstanceOf(NotFoundException.class);

        Situation seen = situations.get(colleague, id);
        assertThat(seen.summary()).isEqualTo("Isolement depuis l’hiver");
        assertThat(seen.riskFactorIds()).containsExactly(riskFactor);
        assertThat(seen.originatingOrganizationId())
                .isEqualTo(community.organization().id());
        assertThat(seen.hasIdentity()).isTrue();
    }

    @Test
    void summaries_and_identifying_details_are_encrypted_and_every_showing_is_audited() {
        UUID id = situations.open(worker, tableId, facts("Résumé confidentiel"), identity(), UUID.randomUUID());

        byte[] summary = jdbc.queryForObject("select summary from situation where id = ?", byte[].class, id);
        byte[] name = jdbc.queryForObject(
                "select full_name from situation_identity where situation_id = ?", byte[].class, id);
        assertThat(new String(summary, StandardCharsets.ISO_8859_1)).doesNotContain("confidentiel");
        assertThat(new String(name, StandardCharsets.ISO_8859_1)).doesNotContain("Tremblay");

        int before = reads(id);
        assertThat(situations.identity(colleague, id).fullName()).isEqualTo("Alex Tremblay");
        assertThat(reads(id)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_id = ? and actor_id = ? and purpose = ?",
                        Integer.class,
                        id.toString(),
                        colleague.userId(),
                        "identifying details shown"))
                .isEqualTo(1);
    }

    @Test
    void facts_are_checked_field_by_field_and_a_stale_correction_is_refused() {
        assertThat(field(new Situation.Facts(
                        null, AgeBand.AGE_30_39, Gender.MAN_BOY, "Résumé", List.of(riskFactor), List.of())))
                .isEqualTo("type");
        assertThat(field(new Situation.Facts(
                        SituationType.PERSON, null, Gender.MAN_BOY, "Résumé", List.of(riskFactor), List.of())))
                .isEqualTo("ageBand");
        assertThat(field(new Situation.Facts(
                        SituationType.PERSON, AgeBand.AGE_30_39, Gender.MAN_BOY, "Résumé", List.of(), List.of())))
                .isEqualTo("riskFactorIds");
        assertThat(field(new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_30_39,
                        Gender.MAN_BOY,
                        "Résumé",
                        List.of(UUID.randomUUID()),
                        List.of())))
                .isEqualTo("riskFactorIds");
        assertThat(field(new Situation.Facts(
                        SituationType.PERSON, AgeBand.AGE_30_39, Gender.MAN_BOY, " ", List.of(riskFactor), List.of())))
                .isEqualTo("summary");
        assertThatThrownBy(() -> situations.open(
                        worker,
                        tableId,
                        facts("Résumé"),
                        new Situation.Identity("", "hier", "", ""),
                        UUID.randomUUID()))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("dateOfBirth");

        UUID dwelling = situations.open(
                worker,
                tableId,
                new Situation.Facts(
                        SituationType.DWELLING,
                        AgeBand.AGE_30_39,
                        Gender.MULTIPLE,
                        "Logement",
                        List.of(riskFactor),
                        List.of()),
                Situation.Identity.NONE,
                UUID.randomUUID());
        assertThat(situations.get(worker, dwelling).ageBand()).isNull();
        assertThat(situations.get(worker, dwelling).hasIdentity()).isFalse();

        situations.edit(worker, dwelling, facts("Corrigé"), Situation.Identity.NONE, IdentityCorrection.AS_SHOWN, 0);
        assertThat(situations.get(worker, dwelling).summary()).isEqualTo("Corrigé");
        assertThatThrownBy(() -> situations.edit(
                        colleague, dwelling, facts("Autre"), Situation.Identity.NONE, IdentityCorrection.AS_SHOWN, 0))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> situations.edit(
                        nurse, dwelling, facts("Autre"), Situation.Identity.NONE, IdentityCorrection.AS_SHOWN, 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_correction_made_without_showing_the_identity_keeps_it_and_replaces_only_the_fields_typed() {
        UUID id = situations.open(worker, tableId, facts("Isolement"), identity(), UUID.randomUUID());
        int before = reads(id);

        situations.edit(
                worker,
                id,
                facts("Isolement corrigé"),
                Situation.Identity.NONE,
                IdentityCorrection.BLANKS_KEEP_RECORDED,
                0);
        assertThat(identityReads(id))
                .as("saving reads the details to merge them, never shows them")
                .isZero();
        situations.edit(
                worker,
                id,
                facts("Isolement corrigé"),
                new Situation.Identity("", "", "5 rue Neuve", ""),
                IdentityCorrection.BLANKS_KEEP_RECORDED,
                1);
        assertThat(reads(id)).isEqualTo(before);
        assertThat(situations.identity(worker, id))
                .isEqualTo(new Situation.Identity("Alex Tremblay", "1950-04-02", "5 rue Neuve", ""));
        assertThatThrownBy(() -> situations.edit(
                        worker,
                        id,
                        facts("Isolement"),
                        new Situation.Identity("", "hier", "", ""),
                        IdentityCorrection.BLANKS_KEEP_RECORDED,
                        2))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("dateOfBirth");

        // Shown in the form, the details come back as a whole: a field emptied there is erased.
        situations.edit(
                worker,
                id,
                facts("Isolement"),
                new Situation.Identity("Alex Tremblay", "", "", ""),
                IdentityCorrection.AS_SHOWN,
                2);
        assertThat(situations.identity(worker, id)).isEqualTo(new Situation.Identity("Alex Tremblay", "", "", ""));
        situations.edit(worker, id, facts("Isolement"), Situation.Identity.NONE, IdentityCorrection.AS_SHOWN, 3);
        assertThat(situations.get(worker, id).hasIdentity()).isFalse();
    }

    @Test
    void a_double_submit_opens_one_situation_and_people_without_a_seat_open_none() {
        UUID token = UUID.randomUUID();
        UUID first = situations.open(worker, tableId, facts("Une fois"), identity(), token);
        assertThat(situations.open(worker, tableId, facts("Une fois"), identity(), token))
                .isEqualTo(first);
        assertThat(lists.visibleAt(worker, tableId, 0).lines()).hasSize(1);

        VigiePrincipal notSeated = communities.person(community, Role.TABLE_MEMBER);
        assertThatThrownBy(() -> situations.open(notSeated, tableId, facts("Non"), identity(), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_summary_that_could_identify_someone_is_not_tabled_and_a_clean_one_reaches_the_whole_table() {
        VigiePrincipal chair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        seatAsChair(chair);
        UUID meeting = meetings.schedule(chair, tableId, communities.today().plusDays(2), UUID.randomUUID());
        UUID id = situations.open(
                worker,
                tableId,
                facts("Mme Tremblay, joignable au 613-555-0142, vit seule."),
                identity(),
                UUID.randomUUID());

        assertThat(decisions.table(worker, id, meeting))
                .extracting(IdentifierCheck.Hit::kind)
                .containsExactly(IdentifierCheck.Kind.NAME, IdentifierCheck.Kind.PHONE);
        assertThat(situations.get(worker, id).stage()).isEqualTo(Stage.ORIGINATING);
        assertThatThrownBy(() -> situations.get(nurse, id)).isInstanceOf(NotFoundException.class);

        situations.edit(
                worker,
                id,
                facts("Femme âgée qui vit seule, isolée depuis l’hiver."),
                identity(),
                IdentityCorrection.AS_SHOWN,
                0);
        assertThat(decisions.table(worker, id, meeting)).isEmpty();

        Situation tabled = situations.get(nurse, id);
        assertThat(tabled.stage()).isEqualTo(Stage.TABLED);
        assertThat(tabled.meetingId()).isEqualTo(meeting);
        assertThat(agendas.agenda(nurse, tableId, meeting))
                .extracting(Situation::id)
                .containsExactly(id);
        assertThatThrownBy(() -> situations.identity(nurse, id)).isInstanceOf(NotFoundException.class);
        assertThat(situations.identity(worker, id).fullName()).isEqualTo("Alex Tremblay");
        assertThatThrownBy(
                        () -> situations.edit(worker, id, facts("Autre"), identity(), IdentityCorrection.AS_SHOWN, 2))
                .isInstanceOf(SituationRejection.class);
        assertThatThrownBy(() -> decisions.table(nurse, id, meeting)).isInstanceOf(NotFoundException.class);
        VigiePrincipal elsewhere = communities.person(communities.community(), Role.TABLE_MEMBER);
        assertThatThrownBy(() -> situations.get(elsewhere, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_the_chair_schedules_meetings_and_only_for_today_or_later() {
        VigiePrincipal chair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        seatAsChair(chair);

        assertThatThrownBy(() -> meetings.schedule(worker, tableId, communities.today(), UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        meetings.schedule(chair, tableId, communities.today().minusDays(1), UUID.randomUUID()))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("heldOn");
        UUID meeting = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
        assertThat(meetings.upcoming(worker, tableId)).extracting(Meeting::id).containsExactly(meeting);
        assertThat(meetings.held(worker, tableId, 0, 5).total()).isZero();

        UUID situation = situations.open(worker, tableId, facts("Résumé"), identity(), UUID.randomUUID());
        assertThatThrownBy(() -> decisions.table(worker, situation, UUID.randomUUID()))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("meetingId");
        VigiePrincipal outsider = communities.person(communities.community(), Role.TABLE_CHAIR);
        assertThatThrownBy(() -> meetings.get(outsider, meeting)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_rejected_situation_keeps_only_the_minimal_record_and_returns_to_its_organisation() {
        VigiePrincipal chair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        seatAsChair(chair);
        UUID later = meetings.schedule(chair, tableId, communities.today().plusDays(5), UUID.randomUUID());
        UUID today = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
        UUID early = situations.open(worker, tableId, facts("Femme âgée isolée."), identity(), UUID.randomUUID());
        assertThat(decisions.table(worker, early, later)).isEmpty();
        Situation.Criteria notAll = new Situation.Criteria(true, true, false, true);
        assertThatThrownBy(() -> decisions.decide(chair, early, notAll))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("situations.decision.beforeMeeting");

        UUID rejected = situations.open(worker, tableId, facts("Jeune sans logement."), identity(), UUID.randomUUID());
        UUID accepted = situations.open(worker, tableId, facts("Famille en crise."), identity(), UUID.randomUUID());
        decisions.table(worker, rejected, today);
        decisions.table(worker, accepted, today);
        assertThatThrownBy(() -> decisions.decide(nurse, rejected, notAll)).isInstanceOf(AccessDeniedException.class);

        assertThat(decisions.decide(chair, rejected, notAll)).isEqualTo(Stage.REJECTED);
        assertThat(decisions.decide(chair, accepted, new Situation.Criteria(true, true, true, true)))
                .isEqualTo(Stage.ACCEPTED);

        assertThat(jdbc.queryForObject("select summary is null from situation where id = ?", Boolean.class, rejected))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from situation_factor where situation_id = ?", Integer.class, rejected))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from situation_identity where situation_id = ?", Integer.class, rejected))
                .isZero();
        for (String child : List.of("situation_team_member", "situation_service", "situation_disclosure")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + child + " where situation_id = ?", Integer.class, rejected))
                    .as(child)
                    .isZero();
        }
        Situation kept = situations.get(worker, rejected);
        assertThat(kept.stage()).isEqualTo(Stage.REJECTED);
        assertThat(kept.type()).isEqualTo(SituationType.PERSON);
        assertThat(kept.decision().criteria().severeHarm()).isFalse();
        assertThat(kept.summary()).isEmpty();
        assertThatThrownBy(() -> situations.get(nurse, rejected)).isInstanceOf(NotFoundException.class);

        assertThat(situations.get(nurse, accepted).stage()).isEqualTo(Stage.ACCEPTED);
        assertThat(situations.get(nurse, accepted).riskFactorIds()).containsExactly(riskFactor);
        assertThatThrownBy(() -> decisions.decide(chair, accepted, notAll))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("situations.decision.notTabled");
    }

    @Test
    void a_chair_of_another_table_sitting_here_neither_schedules_nor_decides() {
        VigiePrincipal chair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        seatAsChair(chair);
        VigiePrincipal otherChair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, otherChair);
        UUID meeting = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
        UUID id = situations.open(worker, tableId, facts("Résumé sans nom."), identity(), UUID.randomUUID());
        decisions.table(worker, id, meeting);

        assertThat(access.isChair(otherChair, tableId)).isFalse();
        assertThatThrownBy(() -> meetings.schedule(otherChair, tableId, communities.today(), UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.decide(otherChair, id, new Situation.Criteria(false, false, false, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(situations.get(worker, id).stage()).isEqualTo(Stage.TABLED);
    }

    @Test
    void a_seat_counts_only_for_the_organisation_the_person_belongs_to() {
        VigiePrincipal moved = new VigiePrincipal(
                colleague.userId(),
                colleague.username(),
                colleague.displayName(),
                colleague.communityId(),
                health.organization().id(),
                colleague.roles());
        UUID id = situations.open(worker, tableId, facts("Résumé"), identity(), UUID.randomUUID());

        assertThat(access.seats(moved)).isEmpty();
        assertThatThrownBy(() -> situations.get(moved, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_chair_records_who_attended_from_the_representatives_on_the_day_or_after() {
        VigiePrincipal chair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        seatAsChair(chair);
        UUID later = meetings.schedule(chair, tableId, communities.today().plusDays(1), UUID.randomUUID());
        UUID today = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());

        assertThatThrownBy(() -> meetings.recordAttendance(chair, later, List.of(worker.userId())))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("meetings.attendance.beforeMeeting");
        assertThatThrownBy(() -> meetings.recordAttendance(worker, today, List.of(worker.userId())))
                .isInstanceOf(AccessDeniedException.class);
        VigiePrincipal stranger = communities.person(community, Role.TABLE_MEMBER);
        assertThatThrownBy(() -> meetings.recordAttendance(chair, today, List.of(stranger.userId())))
                .isInstanceOf(SituationRejection.class);

        meetings.recordAttendance(chair, today, List.of(worker.userId(), nurse.userId()));
        meetings.recordAttendance(chair, today, List.of(worker.userId(), chair.userId()));
        assertThat(meetings.attendance(nurse, today)).containsExactlyInAnyOrder(worker.userId(), chair.userId());
        assertThat(jdbc.queryForList(
                        "select organization_id from situation_meeting_attendance where meeting_id = ? and user_id = ?",
                        UUID.class,
                        today,
                        worker.userId()))
                .containsExactly(community.organization().id());
    }

    private void seatAsChair(VigiePrincipal chair) {
        testTables.chair(community, tableId, chair);
    }

    private String field(Situation.Facts facts) {
        try {
            situations.open(worker, tableId, facts, Situation.Identity.NONE, UUID.randomUUID());
        } catch (SituationRejection rejected) {
            return rejected.field();
        }
        throw new AssertionError("The situation was accepted");
    }

    private int reads(UUID id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where object_id = ? and action = 'PERSONAL_INFORMATION_READ'",
                Integer.class,
                id.toString());
    }

    private int identityReads(UUID id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where object_id = ? and object_type = 'situation_identity'",
                Integer.class,
                id.toString());
    }

    private Situation.Facts facts(String summary) {
        return new Situation.Facts(
                SituationType.PERSON, AgeBand.AGE_60_PLUS, Gender.WOMAN_GIRL, summary, List.of(riskFactor), List.of());
    }

    private static Situation.Identity identity() {
        return new Situation.Identity("Alex Tremblay", "1950-04-02", "12 rue des Érables", "");
    }
}
