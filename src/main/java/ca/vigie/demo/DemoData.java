package ca.vigie.demo;

import ca.vigie.system.VigieProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the fictional community on the first start in demo mode, so that every screen has something
 * to show, through each module's own services and in an order that follows what each part needs: the
 * indicators before the plans that follow them, the situation table, the mixed team and the office
 * before the indicators computed from their work.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final VigieProperties properties;
    private final DemoPeople people;
    private final DemoAreas areas;
    private final DemoIndicators indicators;
    private final DemoPlans plans;
    private final DemoSituations situations;
    private final DemoOffices offices;
    private final DemoFiles files;
    private final DemoCoresponse coresponse;

    DemoData(
            VigieProperties properties,
            DemoPeople people,
            DemoAreas areas,
            DemoIndicators indicators,
            DemoPlans plans,
            DemoSituations situations,
            DemoOffices offices,
            DemoFiles files,
            DemoCoresponse coresponse) {
        this.properties = properties;
        this.people = people;
        this.areas = areas;
        this.indicators = indicators;
        this.plans = plans;
        this.situations = situations;
        this.offices = offices;
        this.files = files;
        this.coresponse = coresponse;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoMode()) {
            return;
        }
        if (people.empty()) {
            DemoCommunity community = people.create();
            areas.addTo(community);
            indicators.addTo(community);
            plans.addTo(community);
            situations.addTo(community);
            coresponse.addTo(community);
            offices.addTo(community);
            files.addTo(community);
            indicators.compute(community);
            log.info(
                    "Created the demo community with {} organisations and {} accounts",
                    community.organizations().size(),
                    community.people().size());
        }
        log.info(
                "Demo mode: sign in at /login as {} with the password '{}'",
                String.join(", ", DemoPeople.usernames()),
                DemoPeople.PASSWORD);
    }
}
