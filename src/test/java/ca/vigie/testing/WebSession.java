package ca.vigie.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client that talks to the running application over HTTP like a browser without JavaScript:
 * it keeps cookies, does not follow redirects, and sends the CSRF token of the last page it read.
 */
public class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf = "";

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept)
                .header("Accept-Language", "fr-CA,fr;q=0.9")
                .GET()
                .build());
    }

    /** What htmx asks for: the fragment of the page at this address. */
    public HttpResponse<String> fragment(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Accept-Language", "fr-CA,fr;q=0.9")
                .header("HX-Request", "true")
                .GET()
                .build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return postRaw(path, fields);
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a form body exactly as given, bytes escaped by the caller, with the page's CSRF token added. */
    public HttpResponse<String> postEncoded(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Accept-Language", "fr-CA,fr;q=0.9")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + csrf))
                .build());
    }

    /** Reads the sign-in page, posts the credentials and follows the redirect chain's first step. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("VIGIE_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    public void useCookieFrom(WebSession other) {
        other.cookies
                .getCookieStore()
                .getCookies()
                .forEach(c -> cookies.getCookieStore().add(URI.create(base), c));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
