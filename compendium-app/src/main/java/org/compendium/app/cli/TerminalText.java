package org.compendium.app.cli;

import java.util.Locale;

/**
 * Text from documents and users (file names, labels, rejection messages) made safe for a terminal: control
 * characters (an ESC starting an ANSI sequence that clears the screen or retitles the window, a carriage return
 * that overwrites the line, a bell) and invisible format characters (bidirectional overrides that reverse what is
 * shown) are printed as {@code \\u001b}, never raw. Everything else, accents included, passes unchanged.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
            if (unsafe && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(unsafe ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb == null ? text : sb.toString();
    }
}
