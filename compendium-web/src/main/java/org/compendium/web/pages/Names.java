package org.compendium.web.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.store.DocumentSummary;

/** How documents, headings and provisions are named on the pages when a short name is needed. */
public final class Names {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Names() {
    }

    /** A document's title, else its symbol, else its source file name. */
    public static String document(DocumentSummary d) {
        if (d.title() != null && !d.title().isBlank()) {
            return d.title();
        }
        return d.symbol() != null ? d.symbol().value() : d.source();
    }

    /** A heading as printed: its text, preceded by its label when the text does not already start with it. */
    public static String heading(Segment h) {
        if (h.label().isEmpty() || h.text().startsWith(h.label())) {
            return h.text();
        }
        return h.label() + ". " + h.text();
    }

    /** A provision's label as its source prints it, else its number. */
    public static String provision(Provision p) {
        return p.label() != null && !p.label().isBlank() ? p.label() : p.number();
    }

    /** An instant as the audit log and decisions show it, in UTC: {@code 2025-03-01 14:05:09 UTC}. */
    public static String instant(Instant at) {
        return at == null ? "" : INSTANT.format(at);
    }

    /** A share from 0 to 1 as a percentage with two decimals, the way the CLI prints coverage: {@code 93.82%}. */
    public static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", share * 100);
    }

    /** The CSS class of a provision's indentation: {@code depth-0} to {@code depth-3}. */
    public static String depthClass(Provision p) {
        return "depth-" + Math.min(3, p.depth());
    }
}
