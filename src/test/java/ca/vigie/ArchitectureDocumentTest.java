package ca.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module map in docs/architecture.md is the one the code has: the same modules, the same arrows. */
class ArchitectureDocumentTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|", Pattern.MULTILINE);
    private static final Pattern ARROW = Pattern.compile("^\\s+(\\w+) --> (\\w+)$", Pattern.MULTILINE);

    private final ApplicationModules modules = ApplicationModules.of(VigieApplication.class);

    @Test
    void the_document_names_every_module_and_what_each_uses() throws IOException {
        String document = Files.readString(Path.of("docs/architecture.md"));
        Set<String> named = new TreeSet<>();
        Matcher row = ROW.matcher(document);
        while (row.find()) {
            named.add(row.group(1));
        }
        Set<String> drawn = new TreeSet<>();
        Matcher arrow = ARROW.matcher(document);
        while (arrow.find()) {
            drawn.add(arrow.group(1) + " --> " + arrow.group(2));
        }

        Set<String> existing = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            existing.add(name);
            module.getDirectDependencies(modules).uniqueModules().forEach(dependency -> {
                String target = dependency.getIdentifier().toString();
                // Every module uses system; the map draws that once, from audit, and says it in words.
                if (!target.equals("system") || name.equals("audit")) {
                    used.add(name + " --> " + target);
                }
            });
        }
        assertThat(named).isEqualTo(existing);
        assertThat(drawn).isEqualTo(used);
    }
}
