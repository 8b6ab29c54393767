package ca.vigie.system.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, writing a session's last access at most once a minute. Spring Session moves
 * the last-access time on every request that reads the session, which rewrites its row and waits
 * for the disk on every signed-in page. With a 30-minute idle timeout a minute's precision is
 * enough: a session idle for 29 minutes may end, never one idle for less.
 */
final class CoarseAccessSessions implements FindByIndexNameSessionRepository<CoarseAccessSessions.CoarseSession> {

    static final Duration PRECISION = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> sessions;

    @SuppressWarnings("unchecked")
    CoarseAccessSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        // The store's own session type is private to it; it takes back what it handed out.
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
    }

    @Override
    public CoarseSession createSession() {
        return new CoarseSession(sessions.createSession());
    }

    @Override
    public void save(CoarseSession session) {
        sessions.save(session.stored);
    }

    @Override
    public @Nullable CoarseSession findById(String id) {
        Session found = sessions.findById(id);
        return found == null ? null : new CoarseSession(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, CoarseSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new CoarseSession(entry.getValue())));
    }

    /** A stored session whose last access moves only when it has moved by the precision or more. */
    static final class CoarseSession implements Session {

        private final Session stored;

        CoarseSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(PRECISION) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
