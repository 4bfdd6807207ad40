package org.compendium.export;

/** Provision and heading text for formats that carry no Markdown: emphasis markers and a leading list bullet removed. */
public final class PlainText {
    private PlainText() {
    }

    /**
     * Text without Markdown emphasis ({@code *Prie*}, {@code **titre**}) and without a list bullet left at its start
     * ({@code * Examen ...} read from {@code - i)* Examen}); runs of whitespace become one space.
     */
    public static String of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("* ") || t.startsWith("- ")) {
            t = t.substring(2);
        }
        return t.replace("**", "").replaceAll("(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])", "").replaceAll("\\s+", " ").strip();
    }
}
