package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.VigieApplication;
import ca.vigie.testing.Totp;
import ca.vigie.testing.WebSession;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outside demo mode, the first community and administrator come from the bootstrap settings. */
@Order(2)
class FirstAdministratorTest {

    @TempDir
    Path dataDir;

    @Test
    void an_empty_database_gets_its_first_administrator_who_must_replace_the_password() throws Exception {
        try (ConfigurableApplicationContext vigie = new SpringApplicationBuilder(VigieApplication.class)
                .run(
                        "--server.port=0",
                        "--vigie.data-dir=" + dataDir,
                        "--vigie.demo.enabled=false",
                        "--vigie.encryption.keyset-file=" + keyset(),
                        "--vigie.bootstrap.community-fr=Lac-aux-Loutres",
                        "--vigie.bootstrap.community-en=Otter Lake",
                        "--vigie.bootstrap.organization-fr=Municipalité de Lac-aux-Loutres",
                        "--vigie.bootstrap.organization-en=Municipality of Otter Lake",
                        "--vigie.bootstrap.admin-username=firstadmin",
                        "--vigie.bootstrap.admin-password=first temporary secret")) {
            JdbcClient jdbc = vigie.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from community")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from user_account")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);

            int port = ((WebServerApplicationContext) vigie).getWebServer().getPort();
            WebSession browser = new WebSession(port);
            HttpResponse<String> signedIn = browser.signIn("firstadmin", "first temporary secret");

            // Outside demo mode an administrator must set up a second factor before anything else.
            assertThat(WebSession.location(signedIn)).endsWith("/account/mfa");
            assertThat(browser.get("/").statusCode()).isEqualTo(403);
            assertThat(browser.get("/admin/organizations").statusCode()).isEqualTo(403);
            String page = browser.get("/account/mfa").body();
            Matcher secret = Pattern.compile("id=\"mfa-secret\">([A-Z2-7 ]+)<").matcher(page);
            assertThat(secret.find()).isTrue();
            HttpResponse<String> codes =
                    browser.post("/account/mfa", Map.of("code", Totp.code(secret.group(1), Instant.now())));
            assertThat(codes.body()).contains("recovery-codes").contains("/account/password");

            browser.get("/account/password");
            HttpResponse<String> changed = browser.post(
                    "/account/password",
                    Map.of(
                            "currentPassword", "first temporary secret",
                            "newPassword", "my own long passphrase",
                            "confirmation", "my own long passphrase"));
            assertThat(WebSession.location(changed)).endsWith("/");
            assertThat(browser.get("/admin/organizations").body()).contains("Municipalité de Lac-aux-Loutres");
        }
    }

    /** Outside demo mode a keyset must be given: one in the format a demo start writes. */
    private String keyset() throws Exception {
        AeadConfig.register();
        Path file = dataDir.resolve("keyset.json");
        Files.writeString(
                file,
                TinkJsonProtoKeysetFormat.serializeKeyset(
                        KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get()),
                StandardCharsets.UTF_8);
        return file.toString();
    }
}
