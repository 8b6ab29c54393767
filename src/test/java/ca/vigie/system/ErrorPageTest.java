package ca.vigie.system;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.VigieApplication;
import ca.vigie.testing.WebSession;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An unexpected failure whose message holds a name: the person sees a friendly page with a
 * reference, and neither the page nor the log shows the name or a stack trace of messages.
 */
@Order(2)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPageTest {

    static final String CANARY = "Jeanne Canari 1957-03-14";

    @TempDir
    Path dataDir;

    @RestController
    static class Failing {
        @GetMapping("/failing-for-test")
        @PublicEndpoint("test only")
        String fail() {
            throw new IllegalStateException("Could not load the file of " + CANARY);
        }
    }

    @Test
    void a_failure_shows_a_reference_and_no_personal_data(CapturedOutput output) {
        try (ConfigurableApplicationContext vigie = new SpringApplicationBuilder(VigieApplication.class, Failing.class)
                .run("--server.port=0", "--vigie.data-dir=" + dataDir)) {
            int port = ((WebServerApplicationContext) vigie).getWebServer().getPort();

            WebSession browser = new WebSession(port);
            browser.signIn("admin", "vigie-demo");
            HttpResponse<String> page = browser.get("/failing-for-test");

            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("Un problème est survenu").contains("id=\"correlation-id\"");
            assertThat(page.body()).doesNotContain(CANARY).doesNotContain("IllegalStateException");
            String reference = page.headers().firstValue("X-Correlation-Id").orElseThrow();
            assertThat(page.body()).contains(reference);
            assertThat(output.getAll()).contains(reference).doesNotContain(CANARY);
        }
    }
}
