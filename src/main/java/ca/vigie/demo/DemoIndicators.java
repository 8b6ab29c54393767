package ca.vigie.demo;

import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.ComputedIndicators;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.indicators.registry.IndicatorValues;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Shared indicators of the demo community, with a little over two years of monthly values drawn
 * from a fixed seed, so that every start shows the same trends. Invented figures.
 */
@Component
class DemoIndicators {

    static final int MONTHS = 26;

    private final IndicatorRegistry registry;
    private final ComputedIndicators computedIndicators;
    private final IndicatorValues values;
    private final CommunityCalendar calendar;

    DemoIndicators(
            IndicatorRegistry registry,
            ComputedIndicators computedIndicators,
            IndicatorValues values,
            CommunityCalendar calendar) {
        this.registry = registry;
        this.computedIndicators = computedIndicators;
        this.values = values;
        this.calendar = calendar;
    }

    private record Demo(
            String nameFr,
            String nameEn,
            String definitionFr,
            String definitionEn,
            Unit unit,
            Direction direction,
            @Nullable BigDecimal bandLow,
            @Nullable BigDecimal bandHigh,
            String owner,
            String responsible,
            double start,
            double end,
            double noise,
            double target) {}

    private static final List<Demo> INDICATORS = List.of(
            new Demo(
                    "Appels de crise en santé mentale reçus par la police",
                    "Mental-health crisis calls received by police",
                    "Appels classés crise de santé mentale au répartiteur, par mois.",
                    "Calls coded as a mental-health crisis by dispatch, per month.",
                    Unit.COUNT,
                    Direction.LOWER_IS_BETTER,
                    null,
                    null,
                    "police",
                    "police",
                    142,
                    118,
                    9,
                    105),
            new Demo(
                    "Appels répétés pour violence familiale à la même adresse",
                    "Repeat family-violence calls to the same address",
                    "Appels pour violence familiale à une adresse déjà visitée dans les 90 jours précédents.",
                    "Family-violence calls to an address already attended in the previous 90 days.",
                    Unit.COUNT,
                    Direction.LOWER_IS_BETTER,
                    null,
                    null,
                    "police",
                    "chair",
                    27,
                    19,
                    4,
                    15),
            new Demo(
                    "Ménages relogés après une orientation de la table de situation",
                    "Households rehoused after a situation-table referral",
                    "Ménages ayant obtenu un logement stable dans le mois suivant l’orientation.",
                    "Households that obtained stable housing within a month of the referral.",
                    Unit.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    null,
                    null,
                    "housing",
                    "coordinator",
                    3,
                    9,
                    2,
                    10),
            new Demo(
                    "Élèves qui se disent en sécurité à l’école",
                    "Students who say they feel safe at school",
                    "Réponses favorables au sondage mensuel éclair mené dans les écoles secondaires.",
                    "Favourable answers to the monthly pulse survey run in secondary schools.",
                    Unit.PERCENT,
                    Direction.HIGHER_IS_BETTER,
                    null,
                    null,
                    "school",
                    "owner",
                    71,
                    78,
                    2.5,
                    85),
            new Demo(
                    "Personnel formé à l’intervention des témoins",
                    "Staff trained in active bystandership",
                    "Part cumulative du personnel ayant suivi la formation sur l’intervention des témoins.",
                    "Cumulative share of staff who completed the bystander intervention training.",
                    Unit.PERCENT,
                    Direction.HIGHER_IS_BETTER,
                    null,
                    null,
                    "police",
                    "office",
                    12,
                    64,
                    1.5,
                    90),
            new Demo(
                    "Jours avant le premier contact après une plainte",
                    "Days to first contact after a complaint",
                    "Moyenne des jours entre le dépôt d’une plainte au bureau et le premier contact avec la personne plaignante.",
                    "Average days between a complaint reaching the office and the first contact with the complainant.",
                    Unit.DAYS,
                    Direction.WITHIN_BAND,
                    BigDecimal.ZERO,
                    new BigDecimal(7),
                    "office",
                    "office",
                    11,
                    5,
                    1.5,
                    7));

    void addTo(DemoCommunity community) {
        VigiePrincipal coordinator = community.people().get("coordinator");
        LocalDate lastMonth = Frequency.MONTHLY
                .periodOf(calendar.today(coordinator.communityId()))
                .minusMonths(1);
        for (int index = 0; index < INDICATORS.size(); index++) {
            Demo demo = INDICATORS.get(index);
            UUID id = registry.define(
                    coordinator,
                    new Indicator.Definition(
                            demo.nameFr(),
                            demo.nameEn(),
                            demo.definitionFr(),
                            demo.definitionEn(),
                            demo.unit(),
                            demo.direction(),
                            new BigDecimal(10),
                            demo.bandLow(),
                            demo.bandHigh(),
                            value(demo.start(), demo.unit()),
                            lastMonth.minusMonths(MONTHS - 1),
                            "Données administratives des partenaires",
                            Frequency.MONTHLY,
                            "Extraction mensuelle des systèmes des partenaires",
                            community.organizations().get(demo.owner()),
                            community.people().get(demo.responsible()).userId(),
                            List.of()),
                    UUID.randomUUID());
            if (demo.direction() != Direction.WITHIN_BAND) {
                registry.setTarget(
                        coordinator,
                        id,
                        lastMonth.plusYears(1).withMonth(12).withDayOfMonth(31),
                        value(demo.target(), demo.unit()));
            }
            writeSeries(coordinator, id, demo, lastMonth, new Random(1_000L + index));
        }
        computedFromSituations(community, coordinator);
        computedFromComplaints(community, coordinator);
        computedFromCoresponse(community, coordinator);
    }

    private static final String SITUATION_TABLES = "Tables de situation (calcul automatique)";
    private static final String OFFICE_FILES = "Dossiers du bureau pour un milieu de travail sûr (calcul automatique)";

    /** Once the other modules wrote their demo records, the computed indicators are brought up to date. */
    void compute(DemoCommunity community) {
        computedIndicators.refreshAll();
    }

    /**
     * Two quarterly indicators computed from the situation tables; their values appear once the demo
     * table's history is written.
     */
    private void computedFromSituations(DemoCommunity community, VigiePrincipal coordinator) {
        computed(
                community,
                coordinator,
                "Situations retenues par la table de situation",
                "Situations accepted by the situation table",
                "Situations jugées à risque très élevé au filtre 2, par trimestre de la décision.",
                "Situations found at acutely elevated risk at filter 2, by quarter of the decision.",
                Unit.COUNT,
                "SITUATIONS_ACCEPTED",
                SITUATION_TABLES,
                "family");
        computed(
                community,
                coordinator,
                "Part des situations conclues avec risque réduit",
                "Share of situations concluded with risk lowered",
                "Parmi les situations conclues dans le trimestre, celles dont le risque a été réduit.",
                "Among the situations concluded in the quarter, those whose risk was lowered.",
                Unit.PERCENT,
                "SITUATIONS_RISK_LOWERED_SHARE",
                SITUATION_TABLES,
                "family");
    }

    /** Two quarterly indicators computed from the workplace-safety office's complaints, for its programme. */
    private void computedFromComplaints(DemoCommunity community, VigiePrincipal coordinator) {
        computed(
                community,
                coordinator,
                "Plaintes reçues par le bureau pour un milieu de travail sûr",
                "Complaints received by the workplace-safety office",
                "Plaintes et signalements reçus par le bureau, par trimestre de réception.",
                "Complaints and reports the office received, by quarter of receipt.",
                Unit.COUNT,
                "COMPLAINTS_RECEIVED",
                OFFICE_FILES,
                "office");
        computed(
                community,
                coordinator,
                "Échéances des plaintes respectées à temps",
                "Complaint deadlines met on time",
                "Parmi les échéances des plaintes reçues dans le trimestre, celles respectées à temps.",
                "Among the deadlines of the complaints received in the quarter, those met on time.",
                Unit.PERCENT,
                "COMPLAINT_DEADLINES_MET_SHARE",
                OFFICE_FILES,
                "office");
    }

    /**
     * Three monthly indicators computed from the mixed team's calls; the plan's co-response objective is
     * measured by two of them.
     */
    private void computedFromCoresponse(DemoCommunity community, VigiePrincipal coordinator) {
        computed(
                community,
                coordinator,
                new String[] {
                    "Part des appels de crise pris en charge par une équipe mixte",
                    "Share of crisis calls handled by a mixed team",
                    "Parmi les appels liés à la santé mentale de la répartition, ceux où un duo police-intervenant"
                            + " était présent.",
                    "Among dispatch's mental-health calls, those attended by an officer and worker pair."
                },
                Unit.PERCENT,
                Direction.HIGHER_IS_BETTER,
                "CORESPONSE_MENTAL_HEALTH_SHARE");
        computed(
                community,
                coordinator,
                new String[] {
                    "Délai de transfert à l’urgence",
                    "Emergency department handover time",
                    "Minutes entre l’arrivée à l’urgence et la prise en charge par l’équipe de soins, en médiane.",
                    "Median minutes between arrival at the emergency department and handover to the care team."
                },
                Unit.MINUTES,
                Direction.LOWER_IS_BETTER,
                "CORESPONSE_HANDOVER_MEDIAN");
        computed(
                community,
                coordinator,
                new String[] {
                    "Taux d’amenées sous garde lors des appels de l’équipe mixte",
                    "Apprehension rate on mixed-team calls",
                    "Parmi les appels complétés par l’équipe mixte, ceux terminés par une amenée sous garde.",
                    "Among the calls the mixed team completed, those ending in an apprehension."
                },
                Unit.PERCENT,
                Direction.LOWER_IS_BETTER,
                "CORESPONSE_APPREHENSION_RATE");
        // The follow-up's before and after, by quarter or year of enrolment: a month enrols too few people to show.
        computed(
                community,
                coordinator,
                new String[] {
                    "Visites à l’urgence des personnes suivies, six mois avant l’inscription",
                    "Emergency visits of followed people, six months before enrolment",
                    "Pour les personnes inscrites au suivi dans le trimestre : leurs visites à l’urgence des six mois"
                            + " précédant l’inscription, le point de comparaison.",
                    "For the people enrolled in the quarter: their emergency visits in the six months before"
                            + " enrolment, the point of comparison."
                },
                Unit.COUNT,
                Direction.LOWER_IS_BETTER,
                "CORESPONSE_ENROLLED_ED_BEFORE",
                Frequency.QUARTERLY);
        computed(
                community,
                coordinator,
                new String[] {
                    "Visites à l’urgence des personnes suivies, six mois après l’inscription",
                    "Emergency visits of followed people, six months after enrolment",
                    "Pour les personnes inscrites au suivi dans le trimestre : leurs visites à l’urgence des six mois"
                            + " suivant l’inscription, connues six mois après la fin du trimestre.",
                    "For the people enrolled in the quarter: their emergency visits in the six months after"
                            + " enrolment, known six months after the quarter ends."
                },
                Unit.COUNT,
                Direction.LOWER_IS_BETTER,
                "CORESPONSE_ENROLLED_ED_AFTER",
                Frequency.QUARTERLY);
        computed(
                community,
                coordinator,
                new String[] {
                    "Constats d’infraction remis aux personnes suivies, six mois après l’inscription",
                    "Tickets given to followed people, six months after enrolment",
                    "Pour les personnes inscrites au suivi dans l’année : les constats d’infraction des six mois"
                            + " suivant l’inscription.",
                    "For the people enrolled in the year: the tickets of the six months after enrolment."
                },
                Unit.COUNT,
                Direction.LOWER_IS_BETTER,
                "CORESPONSE_ENROLLED_TICKETS_AFTER",
                Frequency.ANNUAL);
    }

    /** A monthly indicator of the mixed team, computed from its calls, held by the health centre. */
    private void computed(
            DemoCommunity community,
            VigiePrincipal coordinator,
            String[] words,
            Unit unit,
            Direction direction,
            String source) {
        computed(community, coordinator, words, unit, direction, source, Frequency.MONTHLY);
    }

    /** An indicator of the mixed team, computed from its work at a frequency, held by the health centre. */
    private void computed(
            DemoCommunity community,
            VigiePrincipal coordinator,
            String[] words,
            Unit unit,
            Direction direction,
            String source,
            Frequency frequency) {
        UUID id = registry.define(
                coordinator,
                new Indicator.Definition(
                        words[0],
                        words[1],
                        words[2],
                        words[3],
                        unit,
                        direction,
                        new BigDecimal(10),
                        null,
                        null,
                        null,
                        null,
                        "",
                        frequency,
                        "Équipe mixte de la Baie (calcul automatique)",
                        community.organizations().get("health"),
                        null,
                        List.of()),
                UUID.randomUUID());
        computedIndicators.compute(coordinator, id, source);
    }

    private void computed(
            DemoCommunity community,
            VigiePrincipal coordinator,
            String nameFr,
            String nameEn,
            String definitionFr,
            String definitionEn,
            Unit unit,
            String source,
            String sourceLabel,
            String ownerOrganization) {
        UUID id = registry.define(
                coordinator,
                new Indicator.Definition(
                        nameFr,
                        nameEn,
                        definitionFr,
                        definitionEn,
                        unit,
                        Direction.HIGHER_IS_BETTER,
                        new BigDecimal(10),
                        null,
                        null,
                        null,
                        null,
                        "",
                        Frequency.QUARTERLY,
                        sourceLabel,
                        community.organizations().get(ownerOrganization),
                        null,
                        List.of()),
                UUID.randomUUID());
        computedIndicators.compute(coordinator, id, source);
    }

    /** A trend from the first to the last value, with a seasonal swing and seeded noise. */
    private void writeSeries(
            VigiePrincipal coordinator, UUID indicatorId, Demo demo, LocalDate lastMonth, Random random) {
        for (int month = 0; month < MONTHS; month++) {
            LocalDate period = lastMonth.minusMonths(MONTHS - 1 - month);
            double trend = demo.start() + (demo.end() - demo.start()) * month / (MONTHS - 1.0);
            double season = Math.sin(2 * Math.PI * period.getMonthValue() / 12.0) * demo.noise() / 2;
            double raw = Math.max(0, trend + season + random.nextGaussian() * demo.noise() / 2);
            if (demo.unit() == Unit.PERCENT) {
                raw = Math.min(100, raw);
            }
            values.enter(
                    coordinator,
                    indicatorId,
                    new IndicatorValues.Entry(period, "", value(raw, demo.unit()), "", null, null));
        }
    }

    private static BigDecimal value(double raw, Unit unit) {
        return BigDecimal.valueOf(raw).setScale(unit.decimals(), RoundingMode.HALF_UP);
    }
}
