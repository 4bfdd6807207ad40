package org.compendium.parse.french;

/** Spells the invisible characters of test tables: {@code {nl}} a line break, {@code {nbsp}} a non-breaking space. */
final class Fixtures {
    private Fixtures() {}

    static String unescape(String s) {
        return s == null ? null : s.replace("{nl}", "\n").replace("{nbsp}", "\u00A0").replace("{nnbsp}", "\u202F");
    }
}
