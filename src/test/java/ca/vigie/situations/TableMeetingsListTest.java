package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A table meets weekly for years: its page shows the meetings ahead and the latest held, and the
 * meetings held have pages of their own, fifty at a time.
 */
@VigieTest
class TableMeetingsListTest {

    private static final Pattern MEETING_LINK = Pattern.compile("href=\"/situation-tables/[0-9a-f-]{36}/meetings/");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables tables;

    VigiePrincipal chair;
    UUID table;
    LocalDate today;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        table = tables.table(community, community);
        chair = communities.person(community, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        tables.chair(community, table, chair);
        today = communities.today();
        // 60 weeks held, the last one yesterday, and two ahead: today and next week.
        for (int week = -1; week <= 60; week++) {
            LocalDate on = week == -1 ? today.plusDays(7) : week == 0 ? today : today.minusDays(1 + 7L * (week - 1));
            jdbc.update(
                    "insert into situation_meeting (id, community_id, table_id, held_on, created_by, created_at)"
                            + " values (?, ?, ?, ?, ?, now())",
                    UUID.randomUUID(),
                    community.community().id(),
                    table,
                    Date.valueOf(on),
                    chair.userId());
        }
    }

    @Test
    void the_table_page_shows_the_meetings_ahead_and_the_five_latest_held() throws Exception {
        String page = page("/situation-tables/" + table);

        assertThat(MEETING_LINK.matcher(page).results().count()).isEqualTo(7);
        assertThat(page)
                .contains("Les 60 rencontres tenues")
                .contains("href=\"/situation-tables/" + table + "/meetings\"");
        assertThat(page.indexOf("À venir")).isLessThan(page.indexOf("Tenue<"));
    }

    @Test
    void the_meetings_held_come_fifty_a_page_latest_first() throws Exception {
        String first = page("/situation-tables/" + table + "/meetings");
        String second = page("/situation-tables/" + table + "/meetings?page=2");

        assertThat(MEETING_LINK.matcher(first).results().count()).isEqualTo(50);
        assertThat(first)
                .contains("60 rencontres tenues")
                .contains("Page 1 sur 2")
                .contains("page=2");
        assertThat(MEETING_LINK.matcher(second).results().count()).isEqualTo(10);
        assertThat(second).contains("Page 2 sur 2");
        assertThat(page("/situation-tables/" + table + "/meetings?page=99"))
                .as("past the end: the last page")
                .contains("Page 2 sur 2");
        assertThat(page("/situation-tables/" + table + "/meetings?page=%00deux"))
                .contains("Page 1 sur 2");
        UUID latestHeld = jdbc.queryForObject(
                "select id from situation_meeting where table_id = ? and held_on = ?",
                UUID.class,
                table,
                Date.valueOf(today.minusDays(1)));
        assertThat(MEETING_LINK
                        .matcher(first)
                        .results()
                        .findFirst()
                        .orElseThrow()
                        .end())
                .as("the latest held first")
                .isEqualTo(first.indexOf(latestHeld.toString()));
    }

    @Test
    void someone_not_seated_at_the_table_is_told_it_does_not_exist() throws Exception {
        VigiePrincipal outsider = communities.person(communities.community(), Role.TABLE_MEMBER);

        mvc.perform(get("/situation-tables/" + table + "/meetings")
                        .with(authentication(TestCommunities.signedIn(outsider))))
                .andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)
                        .with(authentication(TestCommunities.signedIn(chair)))
                        .header("Accept-Language", "fr-CA"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
