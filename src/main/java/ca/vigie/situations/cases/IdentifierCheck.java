package ca.vigie.situations.cases;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what could identify someone in a summary before it is tabled: the names typed in the
 * identifying details, phone numbers, e-mail addresses, Ontario and Québec health card numbers,
 * postal codes, street addresses and full dates. It errs on the side of finding too much; the
 * representative rewords and tables again.
 */
public final class IdentifierCheck {

    /** What was found, in the order a reader is told about it. */
    public enum Kind {
        NAME,
        EMAIL,
        HEALTH_CARD_QUEBEC,
        HEALTH_CARD_ONTARIO,
        SOCIAL_INSURANCE_NUMBER,
        PHONE,
        POSTAL_CODE,
        STREET_ADDRESS,
        FULL_DATE
    }

    /** One finding: its kind, the text found, and where it starts. */
    public record Hit(Kind kind, String text, int start) {}

    private static final String MONTHS_FR =
            "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    private static final String MONTHS_EN =
            "january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String STREET_TYPES_AFTER_NUMBER =
            "rue|avenue|av|boulevard|boul|bd|chemin|ch|route|rte|rang|place|pl|montée|côte|cote|allée|allee|impasse|terrasse";
    private static final String STREET_TYPES_AFTER_NAME =
            "street|st|road|rd|avenue|ave|drive|dr|boulevard|blvd|lane|ln|court|ct|crescent|cres|way|place|pl|terrace|trail|parkway";
    /** Street types that mean nothing else in a summary, so that what follows is a street name in any case. */
    private static final String STREET_TYPES_ALONE_FR =
            "rue|avenue|boulevard|boul|chemin|rang|montée|montee|allée|allee|impasse|terrasse";

    private static final String STREET_TYPES_ALONE_EN = "street|avenue|boulevard|crescent|road";
    /** Particles of names, too common in prose to be told apart from the name they belong to. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of(
            "de", "da", "di", "do", "du", "la", "le", "les", "des", "del", "della", "van", "von", "der", "den", "ter",
            "st", "ste", "saint", "sainte", "mc", "mac", "bin", "ben", "al", "el", "y", "e");

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.EMAIL, "[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+"),
            new Rule(
                    Kind.HEALTH_CARD_QUEBEC,
                    "(?<![\\p{L}\\d])\\p{L}{4}[\\s-]?\\d{2}(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])[\\s-]?(?:0[1-9]|[12]\\d|3[01])\\d{2}(?!\\d)"),
            new Rule(
                    Kind.HEALTH_CARD_ONTARIO,
                    "(?<!\\d)\\d{4}[\\s-]?\\d{3}[\\s-]?\\d{3}(?:[\\s-]?[a-z]{2})?(?![\\d\\p{L}])"),
            new Rule(Kind.SOCIAL_INSURANCE_NUMBER, "(?<![\\d-])\\d{3}[\\s-]\\d{3}[\\s-]\\d{3}(?![\\d-])"),
            new Rule(Kind.PHONE, "(?<!\\d)(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d)"),
            new Rule(Kind.PHONE, "(?<![\\d-])\\d{3}[\\s.-]\\d{4}(?![\\d-])"),
            new Rule(
                    Kind.POSTAL_CODE,
                    "(?<![\\p{L}\\d])[abceghj-nprstvxy]\\d[abceghj-nprstv-z][\\s-]?\\d[abceghj-nprstv-z]\\d(?![\\p{L}\\d])"),
            new Rule(
                    Kind.STREET_ADDRESS,
                    "(?<!\\d)\\d{1,5}[a-zA-Z]?,?\\s+(?i:" + STREET_TYPES_AFTER_NUMBER + ")\\.?\\s+"
                            + "(?:(?i:de la|de l'|des|du|de|d'|la|le|l')\\s*)?\\p{Lu}[\\p{L}'.-]*",
                    false),
            new Rule(
                    Kind.STREET_ADDRESS,
                    "(?<!\\d)\\d{1,5}[a-zA-Z]?\\s+(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,3}(?i:" + STREET_TYPES_AFTER_NAME
                            + ")\\.?(?![\\p{L}])",
                    false),
            // Typed in lower case, a street name is still a street name after a type that is never anything else.
            new Rule(
                    Kind.STREET_ADDRESS,
                    "(?<!\\d)\\d{1,5}[a-z]?,?\\s+(?:" + STREET_TYPES_ALONE_FR + ")\\.?\\s+"
                            + "(?:(?:de la|de l'|des|du|de|d'|la|le|l')\\s*)?\\p{L}{2,}[\\p{L}'.-]*",
                    true),
            new Rule(
                    Kind.STREET_ADDRESS,
                    "(?<!\\d)\\d{1,5}[a-z]?\\s+(?:(?!(?:the|a|an|of|to|down|across|up|along|on|in|at|from|by|other|more)\\s)"
                            + "\\p{L}[\\p{L}'.-]*\\s+){1,2}(?:" + STREET_TYPES_ALONE_EN + ")(?![\\p{L}])",
                    true),
            new Rule(Kind.FULL_DATE, "(?<!\\d)\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)"),
            new Rule(Kind.FULL_DATE, "(?<!\\d)\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}(?!\\d)"),
            new Rule(
                    Kind.FULL_DATE,
                    "(?<!\\d)\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:" + MONTHS_FR + "|" + MONTHS_EN
                            + ")\\.?,?\\s+\\d{4}(?!\\d)"),
            new Rule(
                    Kind.FULL_DATE,
                    "(?<![\\p{L}])(?:" + MONTHS_EN + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)"));

    private record Rule(Kind kind, Pattern pattern) {
        Rule(Kind kind, String regex) {
            this(kind, regex, true);
        }

        /** Street rules tell names by their capital letter, so they match case as typed. */
        Rule(Kind kind, String regex, boolean anyCase) {
            this(kind, Pattern.compile(regex, anyCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
        }
    }

    private IdentifierCheck() {}

    /** Everything that could identify someone, without overlaps, in reading order. */
    public static List<Hit> find(String typed, Collection<String> names) {
        String summary = plain(typed);
        List<Hit> hits = new ArrayList<>();
        hits.addAll(names(typed, summary, names));
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(summary);
            while (matcher.find()) {
                hits.add(new Hit(rule.kind(), typed.substring(matcher.start(), matcher.end()), matcher.start()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Hit::kind));
        List<Hit> kept = new ArrayList<>();
        int end = -1;
        for (Hit hit : hits) {
            if (hit.start() >= end) {
                kept.add(hit);
                end = hit.start() + hit.text().length();
            }
        }
        return kept;
    }

    /** Each word of the names given, of two letters or more, found as a whole word whatever its case or accents. */
    private static List<Hit> names(String typed, String summary, Collection<String> names) {
        String folded = fold(summary);
        List<Hit> hits = new ArrayList<>();
        for (String name : names) {
            for (String word : fold(plain(name)).split("[^\\p{L}']+")) {
                if (word.length() < 2 || PARTICLES.contains(word)) {
                    continue;
                }
                Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                        .matcher(folded);
                while (matcher.find()) {
                    hits.add(new Hit(Kind.NAME, typed.substring(matcher.start(), matcher.end()), matcher.start()));
                }
            }
        }
        return hits;
    }

    /**
     * Spaces, dashes and apostrophes as typed on any keyboard made plain, one character for one, so
     * that positions stay those of the text.
     */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('\u2007', ' ')
                .replace('\u2010', '-')
                .replace('\u2011', '-')
                .replace('\u2012', '-')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u2019', '\'')
                .replace('\u02BC', '\'');
    }

    /** Lower case without accents, of the same length, so that positions stay those of the text. */
    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String letter = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            folded.append(letter.length() == 1 ? letter.toLowerCase(Locale.ROOT).charAt(0) : text.charAt(i));
        }
        return folded.toString();
    }
}
