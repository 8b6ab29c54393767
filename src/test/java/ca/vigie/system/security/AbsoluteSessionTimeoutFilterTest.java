package ca.vigie.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutFilterTest {

    private final AbsoluteSessionTimeoutFilter filter = new AbsoluteSessionTimeoutFilter(Duration.ofHours(10));

    @Test
    void a_session_older_than_the_limit_is_ended_however_active_it_was() throws Exception {
        SessionBornAt session = new SessionBornAt(
                System.currentTimeMillis() - Duration.ofHours(11).toMillis());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void a_younger_session_goes_on() throws Exception {
        SessionBornAt session = new SessionBornAt(
                System.currentTimeMillis() - Duration.ofHours(9).toMillis());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static final class SessionBornAt extends MockHttpSession {
        private final long createdAt;

        SessionBornAt(long createdAt) {
            this.createdAt = createdAt;
        }

        @Override
        public long getCreationTime() {
            return createdAt;
        }
    }
}
