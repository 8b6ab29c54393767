package ca.vigie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's Chromium, driven by Playwright, shared by the browser tests of each test thread. Without a
 * Chromium the tests are skipped on a developer's machine and fail on CI, where one must be installed.
 */
final class Chromium {

    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    /**
     * Playwright must be driven from the thread that created it, and test classes run side by side
     * on a few threads: each thread gets its own Playwright and Chromium, started on first use.
     */
    private static final ThreadLocal<Browser> BROWSER = ThreadLocal.withInitial(Chromium::launch);

    private Chromium() {}

    static Browser browser() {
        return BROWSER.get();
    }

    private static Browser launch() {
        Path executable = executable();
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(FLAGS));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            browser.close();
            playwright.close();
        }));
        return browser;
    }

    /** A fresh browser profile that prefers the given language, like a person's own browser. */
    static BrowserContext context(String acceptLanguage, String baseUrl) {
        return browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL(baseUrl)
                        .setLocale(acceptLanguage)
                        .setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage)));
    }

    /**
     * Fails on any serious or critical WCAG 2.1 A/AA violation, naming the rule and the elements.
     * Axe runs in the page itself (its legacy mode: Vigie's pages have no frames to gather results
     * from, and the default mode opens a second page to do so) and reports violations only, which
     * makes a scan about five times cheaper with the same rules.
     */
    static void assertAccessible(Page page) {
        AxeRunOnlyOptions wcag = new AxeRunOnlyOptions();
        wcag.setType("tag");
        wcag.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcag);
        options.setResultTypes(List.of("violations"));
        AxeResults results =
                new AxeBuilder(page).options(options).setLegacyMode(true).analyze();
        List<String> problems = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                List<String> targets = violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
                problems.add(violation.getId() + " (" + violation.getImpact() + ") on " + targets);
            }
        }
        assertThat(problems).as("axe violations on " + page.url()).isEmpty();
    }

    /**
     * Collects script errors and console errors, where a Content-Security-Policy violation shows up.
     * Error statuses of pages are expected by the tests that cause them and are left out.
     */
    static List<String> consoleErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())
                    && !message.text().startsWith("Failed to load resource: the server responded with a status of")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        return errors;
    }

    private static Path executable() {
        Optional<Path> found = Optional.ofNullable(System.getenv("CHROMIUM_PATH"))
                .map(Path::of)
                .filter(Files::isExecutable)
                .or(Chromium::onPath);
        if (found.isEmpty()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(
                        "No Chromium found and CI is set: install the chromium package or set CHROMIUM_PATH");
            }
            Assumptions.abort("No Chromium on this machine: browser tests skipped (set CHROMIUM_PATH)");
        }
        return found.get();
    }

    private static Optional<Path> onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
