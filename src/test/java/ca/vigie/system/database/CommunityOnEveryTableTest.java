package ca.vigie.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.VigieTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table of the schema belongs to a community, so that row-level policies and a distribution by
 * community have one column to read. The exceptions are declared here, each with its reason; a new
 * table without the column fails until it carries one or joins a list below.
 */
@VigieTest
class CommunityOnEveryTableTest {

    /** Tables of the platform itself, used before or outside any community. */
    private static final Map<String, String> PLATFORM = Map.of(
            "community", "the communities themselves",
            "spring_session", "a session exists before its person and community are known",
            "spring_session_attributes", "part of a session",
            "event_publication", "the module event registry, whose events carry their own community",
            "shedlock", "one lock per scheduled job across every community",
            "form_submission", "a double-submit guard kept per session, holding no business data",
            "system_index_key", "the platform's keys for searchable encrypted values",
            "sign_in_throttle", "failed sign-ins are counted before any community is known",
            "complaint_receipt_attempt", "follow-code attempts are throttled across every door",
            "flyway_schema_history", "the migrations applied");

    /** Reference lists whose rows either belong to one community or, without one, are shared by all. */
    private static final Set<String> SHARED_REFERENCE = Set.of(
            "sector",
            "plan_template",
            "plan_template_level",
            "status_scheme",
            "status_value",
            "situation_reference",
            "situation_reference_wording",
            "breakdown_category",
            "audit_event");

    /** Tables of modules beneath organizations, which name a community without a key to its table. */
    private static final Map<String, String> UNKEYED = Map.of(
            "audit_event", "the audit trail is written beneath every module and must never be refused a row",
            "community_daily_run", "the system module's record of daily jobs, beneath the organizations module");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCommunities communities;

    @Test
    void everyTableOutsideTheDeclaredListsHoldsItsCommunity() {
        Map<String, String> communityColumn = new TreeMap<>();
        jdbc.sql("""
                        select t.table_name, c.is_nullable
                        from information_schema.tables t
                        left join information_schema.columns c
                          on c.table_schema = t.table_schema and c.table_name = t.table_name
                         and c.column_name = 'community_id'
                        where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                        """)
                .query((rs, row) -> communityColumn.put(
                        rs.getString("table_name"),
                        rs.getString("is_nullable") == null ? "missing" : rs.getString("is_nullable")))
                .list();

        Set<String> missing = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        communityColumn.forEach((table, column) -> {
            if (PLATFORM.containsKey(table)) {
                return;
            }
            if (column.equals("missing")) {
                missing.add(table);
            } else if (column.equals("YES") && !SHARED_REFERENCE.contains(table)) {
                optional.add(table);
            }
        });

        assertThat(communityColumn).as("the schema was read").containsKeys("situation_identity", "complaint_reporter");
        assertThat(missing).as("tables without community_id").isEmpty();
        assertThat(optional).as("tables whose community_id may be empty").isEmpty();
        assertThat(communityColumn.keySet())
                .as("every declared exception still exists")
                .containsAll(PLATFORM.keySet())
                .containsAll(SHARED_REFERENCE);
    }

    @Test
    void aChildRowCannotPointIntoAnotherCommunity() {
        List<String> childrenWithoutCompositeKey =
                jdbc.sql("""
                        select c.table_name
                        from information_schema.columns c
                        join information_schema.tables t
                          on t.table_schema = c.table_schema and t.table_name = c.table_name
                         and t.table_type = 'BASE TABLE'
                        where c.table_schema = current_schema() and c.column_name = 'community_id'
                          and not exists (
                              select 1 from pg_constraint k
                              join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                              where k.conrelid = (current_schema() || '.' || c.table_name)::regclass
                                and k.contype = 'f' and a.attname = 'community_id')
                        order by 1
                        """).query(String.class).list();

        VigiePrincipal person = communities.person(communities.community(), Role.EMPLOYEE);
        UUID elsewhere = communities.community().community().id();
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into mfa_recovery_code (user_id, community_id, code_hash) values (?, ?, 'h')")
                        .params(person.userId(), elsewhere)
                        .update())
                .as("a child row naming another community than its parent's")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(childrenWithoutCompositeKey)
                .as("tables whose community_id is held by no foreign key")
                .containsExactlyInAnyOrderElementsOf(UNKEYED.keySet());
    }
}
