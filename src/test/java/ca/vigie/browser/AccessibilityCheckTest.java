package ca.vigie.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The accessibility check every browser test relies on finds what it is meant to find. */
class AccessibilityCheckTest {

    @Test
    void a_page_with_serious_violations_fails_the_check_naming_the_rules() {
        try (BrowserContext context = Chromium.browser().newContext()) {
            Page page = context.newPage();
            page.setContent("<!doctype html><html><head><title>Test</title></head><body><main>"
                    + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                    + "<p style=\"color:#777;background:#888\">Texte pâle</p>"
                    + "<label>Nom</label><input type=\"text\">"
                    + "</main></body></html>");

            assertThatThrownBy(() -> Chromium.assertAccessible(page))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("color-contrast")
                    .hasMessageContaining("html-has-lang");
        }
    }
}
