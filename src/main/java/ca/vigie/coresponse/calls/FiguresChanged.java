package ca.vigie.coresponse.calls;

import ca.vigie.coresponse.CoresponseSources;
import ca.vigie.indicators.ComputedSourceChanged;
import ca.vigie.system.CommunityCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the indicators computed from the teams' calls that the calls of some days changed, so that
 * they recompute those periods once the change is committed.
 */
@Component
public class FiguresChanged {

    private final ApplicationEventPublisher events;
    private final CommunityCalendar calendar;

    FiguresChanged(ApplicationEventPublisher events, CommunityCalendar calendar) {
        this.events = events;
        this.calendar = calendar;
    }

    /** The calls received at these instants changed in the community. */
    public void on(UUID communityId, Collection<Instant> received) {
        TreeSet<LocalDate> days = new TreeSet<>();
        received.forEach(at -> days.add(LocalDate.ofInstant(at, calendar.zone(communityId))));
        for (LocalDate day : days) {
            for (String source : CoresponseSources.all()) {
                events.publishEvent(new ComputedSourceChanged(communityId, source, day));
            }
        }
    }
}
