package ca.vigie.system;

/**
 * What a stored text may hold. PostgreSQL cannot store a NUL character, and half of a surrogate
 * pair is not a character at all: both arrive only from a tampered or broken request, and both are
 * turned into U+FFFD, the character that stands for "unreadable", which forms then refuse by field.
 */
public final class Text {

    public static final String UNREADABLE = "\uFFFD";
    private static final char REPLACEMENT = '\uFFFD';

    private Text() {}

    /** The text with each NUL and each lone surrogate replaced by U+FFFD; the same instance when clean. */
    public static String readable(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && isPlain(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == length) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            if (isPlain(text, i)) {
                int codePoint = text.codePointAt(i);
                cleaned.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
            } else {
                cleaned.append(REPLACEMENT);
                i++;
            }
        }
        return cleaned.toString();
    }

    /** Whether the text holds a character that could not be read as sent. */
    public static boolean hasUnreadable(String text) {
        return text.indexOf(REPLACEMENT) >= 0 || !readable(text).equals(text);
    }

    private static boolean isPlain(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u0000') {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c);
    }
}
