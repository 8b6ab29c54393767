package ca.vigie.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every address the application answers GET on, with each path variable replaced by the objects a test
 * made of its kind (named by the segment of the address before it), for crawls that ask every page.
 */
public final class GetRoutes {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    private GetRoutes() {}

    /** Every GET route as mapped. */
    public static Set<String> of(RequestMappingHandlerMapping handlers) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo mapping : handlers.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                routes.addAll(mapping.getPatternValues());
            }
        }
        return routes;
    }

    /**
     * The route with each path variable replaced by the objects it may name, in every combination; a
     * variable after a segment the test made nothing of fails with what to add.
     */
    public static List<String> addresses(String route, Map<String, List<String>> objects) {
        List<String> addresses = List.of("");
        Matcher variable = VARIABLE.matcher(route);
        int end = 0;
        while (variable.find()) {
            String before = route.substring(0, variable.start());
            String literal = route.substring(end, variable.start());
            List<String> named = objects.get(lastSegment(before));
            if (named == null) {
                throw new AssertionError("The route " + route + " names an object after \"" + lastSegment(before)
                        + "\" that this test does not create: add objects of that kind, with identities if they"
                        + " hold any.");
            }
            List<String> longer = new ArrayList<>();
            for (String start : addresses) {
                for (String value : named) {
                    longer.add(start + literal + value);
                }
            }
            addresses = longer;
            end = variable.end();
        }
        String rest = route.substring(end);
        return addresses.stream().map(start -> start + rest).toList();
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
