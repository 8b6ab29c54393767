package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.ConsentStatus;
import ca.vigie.situations.cases.Disclosure;
import ca.vigie.situations.cases.Disclosures;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.IdentifierCheck;
import ca.vigie.situations.cases.Interventions;
import ca.vigie.situations.cases.Involvement;
import ca.vigie.situations.cases.LegalBasis;
import ca.vigie.situations.cases.MeetingAgenda;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.ProgressReports;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationRejection;
import ca.vigie.situations.cases.SituationRetention;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.cases.Stage;
import ca.vigie.situations.cases.TeamRole;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Filter 3: identifying details reach the organisations present under an agreement in force, each reveal logged. */
@VigieTest
class DisclosuresTest {

    @Autowired
    Disclosures disclosures;

    @Autowired
    Situations situations;

    @Autowired
    SituationDecisions decisions;

    @Autowired
    MeetingAgenda agendas;

    @Autowired
    Interventions interventions;

    @Autowired
    ProgressReports progressReports;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Meetings meetings;

    @Autowired
    SituationRetention retention;

    @Autowired
    TestTables testTables;

    @Autowired
    SituationReference reference;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    TestCommunity health;
    TestCommunity lapsed;
    VigiePrincipal worker;
    VigiePrincipal nurse;
    VigiePrincipal outsider;
    VigiePrincipal chair;
    UUID tableId;
    UUID meetingId;

    @BeforeEach
    void setUp() {
        community = communities.community();
        health = communities.partner(community);
        lapsed = communities.partner(community);
        tableId = testTables.table(community, community, health);
        testTables.lapsedMember(community, tableId, lapsed);
        worker = communities.person(community, Role.TABLE_MEMBER);
        nurse = communities.person(health, Role.TABLE_MEMBER);
        outsider = communities.person(lapsed, Role.TABLE_MEMBER);
        chair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker, nurse, outsider);
        testTables.chair(community, tableId, chair);
        meetingId = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
    }

    @Test
    void the_details_reach_the_organisations_present_under_an_agreement_in_force_and_each_reveal_is_logged() {
        UUID id = accepted();
        assertThatThrownBy(() -> disclosures.reveal(worker, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("disclosures.noAttendance");
        meetings.recordAttendance(chair, meetingId, List.of(worker.userId(), nurse.userId(), outsider.userId()));
        assertThatThrownBy(() -> disclosures.reveal(worker, id, null, "", ConsentStatus.GIVEN))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("legalBasis");
        assertThatThrownBy(() -> disclosures.reveal(worker, id, LegalBasis.OTHER, " ", ConsentStatus.NOT_SOUGHT))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("legalBasisOther");
        assertThatThrownBy(() -> disclosures.reveal(nurse, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> situations.identity(nurse, id)).isInstanceOf(NotFoundException.class);

        Disclosures.Reveal reveal =
                disclosures.reveal(worker, id, LegalBasis.ONTARIO_PHIPA_40_1, "", ConsentStatus.COULD_NOT_BE_SOUGHT);

        assertThat(reveal.revealedTo()).containsExactly(health.organization().id());
        assertThat(reveal.withoutAgreement())
                .containsExactly(lapsed.organization().id());
        assertThat(situations.identity(nurse, id).fullName()).isEqualTo("Alex Tremblay");
        assertThat(situations.identity(chair, id).fullName()).isEqualTo("Alex Tremblay");
        assertThatThrownBy(() -> situations.identity(outsider, id)).isInstanceOf(NotFoundException.class);
        assertThat(disclosures.log(worker, id)).singleElement().satisfies(entry -> {
            assertThat(entry.organizationId()).isEqualTo(health.organization().id());
            assertThat(entry.details()).isEqualTo("NAME,DATE_OF_BIRTH");
            assertThat(entry.disclosedBy()).isEqualTo(worker.userId());
            assertThat(entry.legalBasis()).isEqualTo(LegalBasis.ONTARIO_PHIPA_40_1);
            assertThat(entry.consentStatus()).isEqualTo(ConsentStatus.COULD_NOT_BE_SOUGHT);
        });
        assertThat(disclosures.log(outsider, id)).isEmpty();
        assertThat(meetings.attendanceLocked(meetingId)).isTrue();
        assertThatThrownBy(() -> meetings.recordAttendance(chair, meetingId, List.of(worker.userId(), nurse.userId())))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("meetings.attendance.locked");
        UUID disclosure = disclosures.log(worker, id).get(0).id();
        assertThat(jdbc.queryForObject("""
                        select count(*) from audit_event where action = 'SITUATION_IDENTITY_DISCLOSED'
                          and object_type = 'situation_disclosure' and object_id = ?
                        """, Integer.class, disclosure.toString()))
                .as("each reveal writes an audit row beside its disclosure row")
                .isOne();

        disclosures.answer(nurse, id, Involvement.INVOLVED);
        assertThat(disclosures.log(nurse, id))
                .extracting(Disclosure::involvement)
                .containsExactly(Involvement.INVOLVED);
        assertThatThrownBy(() -> disclosures.answer(outsider, id, Involvement.NOT_INVOLVED))
                .isInstanceOf(NotFoundException.class);
        assertThat(disclosures
                        .reveal(worker, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN)
                        .revealedTo())
                .isEmpty();
    }

    @Test
    void once_the_team_is_formed_only_its_organisations_see_the_details_and_the_encrypted_notes() {
        UUID id = accepted();
        meetings.recordAttendance(chair, meetingId, List.of(worker.userId(), nurse.userId()));
        disclosures.reveal(worker, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);

        assertThatThrownBy(() -> interventions.formTeam(
                        nurse, id, community.organization().id(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        interventions.formTeam(chair, id, lapsed.organization().id(), List.of()))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("interventions.notCandidate");
        assertThatThrownBy(() -> interventions.formTeam(chair, id, null, List.of()))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("lead");

        interventions.formTeam(chair, id, health.organization().id(), List.of());

        assertThat(situations.get(worker, id).stage()).isEqualTo(Stage.INTERVENTION);
        assertThat(interventions.team(id))
                .containsExactly(java.util.Map.entry(health.organization().id(), TeamRole.LEAD));
        assertThat(situations.identity(nurse, id).fullName()).isEqualTo("Alex Tremblay");
        assertThatThrownBy(() -> situations.identity(worker, id)).isInstanceOf(NotFoundException.class);
        assertThat(situations.get(outsider, id).summary()).isNotEmpty();

        UUID next = meetings.schedule(chair, tableId, communities.today().plusDays(14), UUID.randomUUID());
        assertThat(agendas.followUps(outsider, tableId, next))
                .extracting(Situation::id)
                .containsExactly(id);
        assertThat(agendas.followUps(outsider, tableId, meetingId)).isEmpty();

        UUID note = interventions.addNote(
                nurse, id, "Visite prévue jeudi avec l’intervenante de proximité.", UUID.randomUUID());
        byte[] stored = jdbc.queryForObject("select body from situation_team_note where id = ?", byte[].class, note);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Visite");
        assertThat(interventions.notes(chair, id))
                .extracting(Interventions.Note::body)
                .containsExactly("Visite prévue jeudi avec l’intervenante de proximité.");
        assertThatThrownBy(() -> interventions.notes(worker, id)).isInstanceOf(NotFoundException.class);
        UUID token = UUID.randomUUID();
        assertThat(interventions.addNote(nurse, id, "Appel au refuge fait.", token))
                .isEqualTo(interventions.addNote(nurse, id, "Appel au refuge fait.", token));
        assertThat(interventions.notes(nurse, id)).hasSize(2);
        assertThatThrownBy(() -> interventions.addNote(outsider, id, "Note", UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interventions.addNote(nurse, id, " ", UUID.randomUUID()))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("body");
        assertThatThrownBy(() ->
                        interventions.formTeam(chair, id, health.organization().id(), List.of()))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("interventions.notAccepted");
    }

    @Test
    void the_team_records_services_and_the_chair_concludes_with_a_reason_and_a_date() {
        UUID id = accepted();
        meetings.recordAttendance(chair, meetingId, List.of(worker.userId(), nurse.userId()));
        disclosures.reveal(worker, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);
        interventions.formTeam(
                chair,
                id,
                health.organization().id(),
                List.of(community.organization().id()));
        UUID service = reference
                .choices(community.community().id(), ReferenceList.SERVICE)
                .get(0)
                .id();
        UUID reason = reference
                .choices(community.community().id(), ReferenceList.CONCLUSION_REASON)
                .get(0)
                .id();

        assertThatThrownBy(() -> interventions.recordServices(outsider, id, List.of(service)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interventions.recordServices(worker, id, List.of(UUID.randomUUID())))
                .isInstanceOf(SituationRejection.class);
        interventions.recordServices(worker, id, List.of(service));
        assertThat(interventions.services(id)).containsExactly(service);

        assertThatThrownBy(() -> interventions.conclude(nurse, id, reason, communities.today()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interventions.conclude(chair, id, null, communities.today()))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("reasonId");
        assertThatThrownBy(() -> interventions.conclude(
                        chair, id, reason, communities.today().plusDays(1)))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("concludedOn");
        interventions.conclude(chair, id, reason, communities.today());

        Situation concluded = situations.get(outsider, id);
        assertThat(concluded.stage()).isEqualTo(Stage.CONCLUDED);
        assertThat(concluded.conclusion().reasonId()).isEqualTo(reason);
        assertThat(situations.identity(worker, id).fullName()).isEqualTo("Alex Tremblay");
        assertThat(interventions.notes(nurse, id)).isEmpty();
        assertThatThrownBy(() -> interventions.addNote(nurse, id, "Après coup", UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interventions.conclude(chair, id, reason, communities.today()))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("interventions.conclusion.notIntervention");
    }

    @Test
    void the_team_plans_its_intervention_and_reports_progress_at_later_meetings_without_identifiers() {
        UUID id = accepted();
        meetings.recordAttendance(chair, meetingId, List.of(worker.userId(), nurse.userId()));
        disclosures.reveal(worker, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);
        interventions.formTeam(
                chair,
                id,
                health.organization().id(),
                List.of(community.organization().id()));
        int version = situations.get(nurse, id).version();

        assertThatThrownBy(() -> interventions.planIntervention(
                        outsider,
                        id,
                        communities.today(),
                        List.of(health.organization().id()),
                        version))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interventions.planIntervention(nurse, id, communities.today(), List.of(), version))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("interventions.plan.nobody");
        assertThatThrownBy(() -> interventions.planIntervention(
                        nurse,
                        id,
                        communities.today().minusDays(1),
                        List.of(health.organization().id()),
                        version))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("interventions.plan.beforeDecision");
        assertThatThrownBy(() -> interventions.planIntervention(
                        nurse,
                        id,
                        communities.today(),
                        List.of(lapsed.organization().id()),
                        version))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("going");
        interventions.planIntervention(
                nurse,
                id,
                communities.today().plusDays(1),
                List.of(health.organization().id()),
                version);
        assertThat(interventions.plan(id))
                .isEqualTo(new Interventions.Plan(
                        communities.today().plusDays(1),
                        java.util.Set.of(health.organization().id())));
        assertThatThrownBy(() -> interventions.planIntervention(
                        worker,
                        id,
                        communities.today(),
                        List.of(community.organization().id()),
                        version))
                .isInstanceOf(ca.vigie.system.StaleEditException.class);

        // No meeting after the accepting one yet; then two weeks pass and the table meets again.
        assertThatThrownBy(() -> progressReports.reportProgress(
                        chair, id, meetingId, ca.vigie.situations.cases.Progress.SUPPORT_UNDER_WAY, ""))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("meetingId");
        jdbc.update("update situation_meeting set held_on = held_on - 14 where id = ?", meetingId);
        UUID followUp = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());

        assertThat(progressReports.reportProgress(
                        nurse,
                        id,
                        followUp,
                        ca.vigie.situations.cases.Progress.RISK_LOWERING,
                        "Alex Tremblay a accepté le suivi; joindre au 613-555-0199."))
                .extracting(IdentifierCheck.Hit::kind)
                .contains(IdentifierCheck.Kind.NAME, IdentifierCheck.Kind.PHONE);
        assertThat(progressReports.progress(id)).isEmpty();
        assertThatThrownBy(() -> progressReports.reportProgress(
                        outsider, id, followUp, ca.vigie.situations.cases.Progress.RISK_LOWERING, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progressReports.reportProgress(nurse, id, followUp, null, ""))
                .extracting(e -> ((SituationRejection) e).field())
                .isEqualTo("status");

        assertThat(progressReports.reportProgress(
                        nurse,
                        id,
                        followUp,
                        ca.vigie.situations.cases.Progress.SUPPORT_UNDER_WAY,
                        "Premier contact fait, suivi hebdomadaire convenu."))
                .isEmpty();
        assertThat(progressReports.reportProgress(
                        chair, id, followUp, ca.vigie.situations.cases.Progress.RISK_LOWERING, ""))
                .isEmpty();
        assertThat(progressReports.progress(id)).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(ca.vigie.situations.cases.Progress.RISK_LOWERING);
            assertThat(report.remark()).isEmpty();
        });
        assertThat(progressReports.progressAt(followUp)).containsOnlyKeys(id);
    }

    @Test
    void retention_destroys_identifiers_notes_and_remarks_once_and_keeps_the_de_identified_record() throws Exception {
        UUID id = concluded();
        UUID recent = concluded();
        jdbc.update("update situation set concluded_on = concluded_on - 90 where id = ?", id);
        jdbc.update("update situation set concluded_on = concluded_on - 89 where id = ?", recent);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first =
                    pool.submit(() -> retention.destroyDue(community.community().id(), communities.today()));
            var second =
                    pool.submit(() -> retention.destroyDue(community.community().id(), communities.today()));
            List<SituationRetention.Destroyed> destroyed = new java.util.ArrayList<>(first.get());
            destroyed.addAll(second.get());
            assertThat(destroyed)
                    .extracting(SituationRetention.Destroyed::situationId)
                    .containsExactly(id);
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForList(
                        "select full_name, date_of_birth from situation_identity where situation_id = ? and destroyed_at is not null",
                        id))
                .singleElement()
                .satisfies(row -> assertThat(row.values()).containsOnlyNulls());
        assertThat(jdbc.queryForObject(
                        "select count(*) from situation_team_note where situation_id = ? and body is not null",
                        Integer.class,
                        id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from situation_team_note where situation_id = ? and body is not null",
                        Integer.class,
                        recent))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SITUATION_DETAILS_DESTROYED' and object_id = ?",
                        Integer.class,
                        id.toString()))
                .isOne();
        Situation kept = situations.get(outsider, id);
        assertThat(kept.stage()).isEqualTo(Stage.CONCLUDED);
        assertThat(kept.conclusion()).isNotNull();
        assertThat(kept.riskFactorIds()).isNotEmpty();
        assertThat(kept.hasIdentity()).isFalse();
        assertThat(kept.detailsDestroyedAt()).isNotNull();
        assertThat(situations.identity(nurse, id)).isEqualTo(Situation.Identity.NONE);
        assertThat(interventions.notes(nurse, id)).isEmpty();
        assertThat(situations.identity(nurse, recent).fullName()).isEqualTo("Alex Tremblay");
        assertThat(retention.destroyDue(community.community().id(), communities.today()))
                .isEmpty();
    }

    @Test
    void only_an_accepted_situation_is_revealed() {
        UUID id = situations.open(worker, tableId, facts(), identity(), UUID.randomUUID());
        assertThatThrownBy(() -> disclosures.reveal(worker, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN))
                .extracting(e -> ((SituationRejection) e).messageKey())
                .isEqualTo("disclosures.notAccepted");
    }

    private UUID concluded() {
        UUID id = accepted();
        if (!meetings.attendanceLocked(meetingId)) {
            meetings.recordAttendance(chair, meetingId, List.of(worker.userId(), nurse.userId()));
        }
        disclosures.reveal(worker, id, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);
        interventions.formTeam(chair, id, health.organization().id(), List.of());
        interventions.addNote(nurse, id, "Rencontre faite avec la travailleuse de rue.", UUID.randomUUID());
        interventions.conclude(
                chair,
                id,
                reference
                        .choices(community.community().id(), ReferenceList.CONCLUSION_REASON)
                        .get(0)
                        .id(),
                communities.today());
        return id;
    }

    private UUID accepted() {
        UUID id = situations.open(worker, tableId, facts(), identity(), UUID.randomUUID());
        assertThat(decisions.table(worker, id, meetingId)).isEmpty();
        decisions.decide(chair, id, new Situation.Criteria(true, true, true, true));
        return id;
    }

    private Situation.Facts facts() {
        return new Situation.Facts(
                SituationType.PERSON,
                AgeBand.AGE_60_PLUS,
                Gender.WOMAN_GIRL,
                "Femme âgée isolée depuis l’hiver.",
                List.of(reference
                        .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                        .get(0)
                        .id()),
                List.of());
    }

    private static Situation.Identity identity() {
        return new Situation.Identity("Alex Tremblay", "1950-04-02", "", "");
    }
}
