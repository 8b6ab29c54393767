package ca.vigie.system.web;

import ca.vigie.system.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Form values arrive readable, whatever was sent. The container refuses a whole form when one
 * value is not valid UTF-8 (a lone surrogate, for instance), which loses everything typed, and a
 * NUL character reaches the database, which refuses it with a server error. Here an address's query
 * and a form's body are decoded with every unreadable byte or character turned into U+FFFD, which
 * any field can hold; the form binder then refuses a value that holds one, next to its field, with
 * the rest of the form kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadableParameters extends OncePerRequestFilter {

    /** Above this a form's body is not read here; the container's own limit applies. */
    private static final int LARGEST_FORM = 4 * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = null;
        if (isForm(request)) {
            if (request.getContentLengthLong() > LARGEST_FORM) {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
            body = request.getInputStream().readNBytes(LARGEST_FORM + 1);
            if (body.length > LARGEST_FORM) {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
        }
        chain.doFilter(new Readable(request, body), response);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && !"GET".equals(request.getMethod())
                && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(type));
    }

    /** The request with its form decoded leniently; other parameters come from the container, made readable. */
    private static final class Readable extends HttpServletRequestWrapper {

        private final byte @Nullable [] body;
        private @Nullable Map<String, String[]> parameters;

        Readable(HttpServletRequest request, byte @Nullable [] body) {
            super(request);
            this.body = body;
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                parameters = Collections.unmodifiableMap(read());
            }
            return parameters;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return body == null ? super.getInputStream() : new Replay(body);
        }

        private Map<String, String[]> read() {
            Map<String, List<String>> read = new LinkedHashMap<>();
            if (body != null) {
                decode(getQueryString(), read);
                decode(new String(body, StandardCharsets.ISO_8859_1), read);
            } else {
                super.getParameterMap().forEach((name, values) -> {
                    for (String value : values) {
                        read.computeIfAbsent(Text.readable(name), n -> new ArrayList<>())
                                .add(Text.readable(value));
                    }
                });
            }
            Map<String, String[]> parameters = new LinkedHashMap<>();
            read.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
            return parameters;
        }

        private static void decode(@Nullable String encoded, Map<String, List<String>> into) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }

        /** Percent-decoded as UTF-8; bytes that are not UTF-8, and a broken escape, become U+FFFD. */
        private static String decode(String encoded) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c == '+') {
                    bytes.write(' ');
                } else if (c != '%') {
                    bytes.writeBytes(String.valueOf(c)
                            .getBytes(c <= 0xFF ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                } else if (i + 2 < encoded.length()
                        && hex(encoded.charAt(i + 1)) >= 0
                        && hex(encoded.charAt(i + 2)) >= 0) {
                    bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                    i += 2;
                } else {
                    bytes.writeBytes(Text.UNREADABLE.getBytes(StandardCharsets.UTF_8));
                }
            }
            // Decoding replaces every malformed sequence with U+FFFD rather than failing.
            return Text.readable(bytes.toString(StandardCharsets.UTF_8));
        }

        private static int hex(char c) {
            return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
        }
    }

    /** The form's body again, for the rare reader of the raw stream. */
    private static final class Replay extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        Replay(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        /** The whole body is already here: the listener hears that it is available and complete. */
        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onDataAvailable();
                listener.onAllDataRead();
            } catch (IOException failure) {
                listener.onError(failure);
            }
        }
    }
}
