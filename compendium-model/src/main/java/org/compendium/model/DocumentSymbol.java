package org.compendium.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UN document symbol such as {@code CTOC/COP/WG.7/2021/3} or {@code CTOC/COP/WG.4/2019/L.1/Add.1}.
 * {@link #parse} and {@link #toString} round-trip.
 */
public record DocumentSymbol(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9.]*(/[A-Za-z0-9.\\-]+)+");
    /** A document of limited distribution, {@code …/L.4} or {@code …/L.4/Rev.1}: the series drafts are issued in. */
    private static final Pattern LIMITED = Pattern.compile(".*/L\\.\\d{1,4}(?:/(?:Rev|Add|Corr)\\.\\d{1,2})*");

    public DocumentSymbol {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a UN document symbol: '" + value + "'");
        }
    }

    /** Parses a symbol, tolerating spaces that PDF extraction put after slashes ({@code CTOC/COP/WG.4/ 2019/2}). */
    public static DocumentSymbol parse(String text) {
        return new DocumentSymbol(text.strip().replaceAll("/\\s+", "/").replaceAll("\\s+/", "/"));
    }

    /** The body whose symbol prefix this symbol starts with, most specific first; null when none. */
    public Body body() {
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.startsWith(Body.WG_TIP.symbolPrefix() + "/")) {
            return Body.WG_TIP;
        }
        if (upper.startsWith(Body.WG_SOM.symbolPrefix() + "/")) {
            return Body.WG_SOM;
        }
        if (upper.startsWith(Body.COP.symbolPrefix() + "/")) {
            return Body.COP;
        }
        return null;
    }

    /**
     * Whether the symbol is of the limited series ({@code CTOC/COP/2026/L.4}, {@code A/C.3/80/L.12/Rev.1}), in which
     * draft resolutions, decisions and reports are issued for negotiation.
     */
    public boolean isDraft() {
        return LIMITED.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
