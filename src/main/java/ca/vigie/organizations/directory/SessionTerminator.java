package ca.vigie.organizations.directory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends every session of a person, on every application node, since sessions live in the database. */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<?> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    public int endAllSessionsOf(String username) {
        var found = sessions.findByPrincipalName(username).keySet();
        found.forEach(sessions::deleteById);
        return found.size();
    }

    public int endOtherSessionsOf(String username, String keptSessionId) {
        var found = sessions.findByPrincipalName(username).keySet();
        int ended = 0;
        for (String id : found) {
            if (!id.equals(keptSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
