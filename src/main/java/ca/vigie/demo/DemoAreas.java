package ca.vigie.demo;

import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.CommunityAreas;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The demo town's neighbourhoods, invented, as its administrator would list them. */
@Component
class DemoAreas {

    private record Area(String nameFr, String nameEn) {}

    private static final List<Area> AREAS = List.of(
            new Area("Centre-ville", "Downtown"),
            new Area("Les Quais", "The Wharves"),
            new Area("Plateau-Nord", "North Plateau"),
            new Area("Rive-Est", "East Shore"),
            new Area("Parc industriel", "Industrial park"));

    private final CommunityAreas areas;

    DemoAreas(CommunityAreas areas) {
        this.areas = areas;
    }

    void addTo(DemoCommunity community) {
        VigiePrincipal admin = community.people().get("admin");
        for (Area area : AREAS) {
            areas.create(admin, area.nameFr(), area.nameEn(), UUID.randomUUID());
        }
    }
}
