package org.compendium.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;

/**
 * The one-line summary of an ingested document, as {@code ingest} prints it and the web upload shows it, e.g.
 * {@code OK  003_….txt  meeting-report  WG.7  meeting 8  2021-10-14..2021-10-15  53 provisions (12 recommendations,
 * 41 paragraphs)  coverage 100.00% (in provisions 93.82%, set aside 6.18%)}, then {@code warning: …} for each thing
 * the parser did not understand (or read specially, or found different from another language version). Plain text: the file name is as the user gave it, so each shell escapes the
 * line for where it shows it (terminal, HTML).
 */
public final class IngestSummary {
    /** What a summary shows for an unknown value. */
    public static final String NONE = "-";

    private IngestSummary() {
    }

    /** The summary line of one stored document. */
    public static String line(IngestedFile result) {
        ParsedDocument doc = result.document();
        DocumentMetadata m = doc.metadata();
        List<String> parts = new ArrayList<>(List.of(
                "OK",
                doc.source(),
                m.type().code(),
                m.body() == null ? NONE : m.body().code(),
                meeting(m.meeting(), m.session()),
                dates(m.dates()),
                doc.unstructured() ? "unstructured (0 provisions)" : provisions(doc.provisions()),
                "coverage " + (doc.coverage() == null ? NONE : doc.coverage().describe())
                        + (doc.body() == null ? "" : " (" + doc.body().describe() + ")")));
        String fileName = result.file().getFileName().toString();
        if (!doc.source().equals(fileName)) {
            parts.add("(stored as " + doc.source() + ": another stored document is named " + fileName + ")");
        }
        if (result.replaced()) {
            parts.add("(replaced the earlier copy)");
        }
        for (String warning : doc.warnings()) {
            parts.add("warning: " + warning);
        }
        return String.join("  ", parts);
    }

    /** {@code meeting 8}, {@code session 11}, or {@link #NONE}. */
    public static String meeting(Integer meeting, Integer session) {
        if (meeting != null) {
            return "meeting " + meeting;
        }
        return session != null ? "session " + session : NONE;
    }

    /** {@code 2021-10-14..2021-10-15}, a single day, or {@link #NONE}. */
    public static String dates(DateRange dates) {
        if (dates == null) {
            return NONE;
        }
        return dates.start().equals(dates.end()) ? dates.start().toString() : dates.start() + ".." + dates.end();
    }

    /** {@code 53 provisions (12 recommendations, 41 paragraphs)}: the count, then each kind present, in kind order. */
    public static String provisions(List<Provision> provisions) {
        Map<ProvisionKind, Integer> byKind = new EnumMap<>(ProvisionKind.class);
        for (Provision p : provisions) {
            byKind.merge(p.kind(), 1, Integer::sum);
        }
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, n) -> kinds.add(n + " " + kindName(kind, n)));
        String total = provisions.size() + (provisions.size() == 1 ? " provision" : " provisions");
        return kinds.isEmpty() ? total : total + " (" + String.join(", ", kinds) + ")";
    }

    private static String kindName(ProvisionKind kind, int n) {
        String one = switch (kind) {
            case RECOMMENDATION -> "recommendation";
            case PREAMBULAR -> "preambular paragraph";
            case OPERATIVE -> "operative paragraph";
            case SUBPARAGRAPH -> "sub-paragraph";
            case PARAGRAPH -> "paragraph";
            case ARTICLE -> "article";
        };
        return n == 1 ? one : one + "s";
    }
}
