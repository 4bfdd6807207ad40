package org.compendium.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UN document symbol such as {@code CTOC/COP/WG.7/2021/3} or {@code CTOC/COP/WG.4/2019/L.1/Add.1}.
 * {@link #parse} and {@link #toString} round-trip.
 */
public record DocumentSymbol(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9.]*(/[A-Za-z0-9.\\-]+)+");

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

    @Override
    public String toString() {
        return value;
    }
}
