package ca.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No visible text outside the message bundles, and every key in both languages. Templates are read
 * as markup: a text node with a letter must sit in an element whose content Thymeleaf replaces, and
 * a visible attribute (alt, title, aria-label, placeholder) must come from a message.
 */
class I18nCompletenessTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{([a-z][\\w.]*)}\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Pattern AUDIT_ACTION = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+)\"");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder");

    private final Properties english = load("messages.properties");
    private final Properties french = load("messages_fr.properties");

    @Test
    void every_key_exists_in_french_and_english_with_a_value() {
        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.entrySet()).allMatch(e -> !e.getValue().toString().isBlank());
        assertThat(french.entrySet()).allMatch(e -> !e.getValue().toString().isBlank());
    }

    @Test
    void templates_show_no_text_outside_the_bundles() throws IOException {
        List<String> literalText = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesContent(element) || element.nameIs("script") || element.nameIs("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find() && !insideReplacedContent(element)) {
                        literalText.add(
                                template.getFileName() + ": \"" + text.text().strip() + "\"");
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (VISIBLE_ATTRIBUTES.contains(attribute.getKey())
                            && LETTER.matcher(attribute.getValue()).find()) {
                        literalText.add(template.getFileName() + ": " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                });
            }
        }
        assertThat(literalText).as("text that is not a message").isEmpty();
    }

    @Test
    void every_message_key_used_in_templates_exists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            collect(TEMPLATE_KEY, Files.readString(template), missing);
        }
        missing.removeAll(english.stringPropertyNames());
        assertThat(missing)
                .as("keys used in templates but missing from the bundles")
                .isEmpty();
    }

    @Test
    void every_message_key_used_in_java_exists() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().stream()
                .filter(key -> key.contains("."))
                .forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> used = new TreeSet<>();
        for (Path source : javaSources()) {
            String code = Files.readString(source);
            collect(VALIDATION_KEY, code, used);
            Set<String> literals = new TreeSet<>();
            collect(JAVA_LITERAL, code, literals);
            literals.stream()
                    .filter(l -> prefixes.stream().anyMatch(l::startsWith))
                    .forEach(used::add);
        }
        used.removeAll(english.stringPropertyNames());
        assertThat(used).as("keys used in Java but missing from the bundles").isEmpty();
    }

    @Test
    void every_role_area_and_audit_action_has_a_label() throws IOException {
        Set<String> needed = new TreeSet<>();
        for (Role role : Role.values()) {
            needed.add("role." + role);
            needed.add("role." + role + ".description");
            needed.add("area." + role.area());
        }
        for (Path source : javaSources()) {
            String code = Files.readString(source);
            if (code.contains("AuditEntry")) {
                Set<String> actions = new TreeSet<>();
                collect(AUDIT_ACTION, code, actions);
                actions.forEach(action -> needed.add("audit.action." + action));
            }
        }
        needed.removeAll(english.stringPropertyNames());
        assertThat(needed).isEmpty();
    }

    private static boolean replacesContent(Element element) {
        return element.hasAttr("th:text")
                || element.hasAttr("th:utext")
                || element.hasAttr("th:replace")
                || element.hasAttr("th:errors");
    }

    private static boolean insideReplacedContent(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (replacesContent(parent)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/messages", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
