package org.compendium.publish;

import org.compendium.model.IndexPart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Instrument;
import org.compendium.publish.Edition.Meeting;
import org.compendium.publish.Edition.Session;

/**
 * Writes an edition as Markdown: {@code #} headings, one paragraph per entry, and the index as one pipe table whose
 * cells are those of the published index (theme, references, symbol, instrument, paragraphs, recommendations), with
 * {@code Partie A}/{@code Partie B} in the references cell where a theme's rows switch part.
 */
final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    static void write(Edition e, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        EditionTexts t = e.texts();
        w.write("# " + e.title() + "\n\n## " + t.text("introduction") + "\n\n");
        for (String p : e.introduction()) {
            w.write(escape(p) + "\n\n");
        }
        w.write("## " + e.partAHeading() + "\n\n");
        for (Meeting m : e.partA()) {
            w.write("### " + m.heading() + "\n\n");
            entries(w, m.entries(), t);
        }
        w.write("## " + e.partBHeading() + "\n\n");
        for (Session s : e.partB()) {
            w.write("### " + s.heading() + "\n\n");
            for (Instrument i : s.instruments()) {
                w.write("#### " + i.name() + "\n\n**" + escape(i.title()) + "**\n\n" + escape(i.opening()) + "\n\n");
                entries(w, i.entries(), t);
            }
        }
        w.write("## " + e.indexHeading() + "\n\n" + indexHeader(t) + "\n|---|---|---|---|---|---|\n");
        for (IndexTheme theme : e.index()) {
            boolean first = true;
            IndexPart part = null;
            for (IndexRow r : theme.rows()) {
                String refs = r.referenceCell(t);
                if (r.part() != part) {
                    refs = t.part(r.part()) + " : " + refs;
                    part = r.part();
                }
                w.write("| " + (first ? "**" + cell(theme.label()) + "**" + (theme.labelShownIn() == null ? "" : " " + cell(t.text("marker.label"))) : "") + " | " + cell(refs) + " | " + cell(r.reportSymbol()) + " | "
                        + cell(r.instrument()) + " | " + cell(r.paragraphs()) + " | " + cell(r.recommendations()) + " |\n");
                first = false;
            }
        }
        w.write("\n" + t.text("index.note") + "\n");
        if (!e.notes().isEmpty()) {
            w.write("\n<!-- not included: " + String.join("; ", e.notes()).replace("--", "- -") + " -->\n");
        }
        w.flush();
    }

    /** The index table's header row, in the edition's language. */
    static String indexHeader(EditionTexts t) {
        return "| " + String.join(" | ", t.text("index.theme"), t.text("index.references.short"), t.text("index.symbol"),
                t.text("index.instrument.short"), t.text("index.paragraphs.short"), t.text("index.recommendations.short")) + " |";
    }

    private static void entries(Writer w, java.util.List<Entry> entries, EditionTexts t) throws IOException {
        for (Entry x : entries) {
            String indent = x.depth() > 0 ? "&emsp;".repeat(x.depth()) : "";
            String text = x.leadingVerb() == null ? escape(x.text())
                    : "*" + escape(x.leadingVerb()) + "*" + escape(x.text().substring(x.leadingVerb().length()));
            String marker = x.shownIn() == null ? "" : " " + escape(t.fallbackMarker(x.shownIn()));
            w.write(indent + "<a id=\"" + x.citation().anchor() + "\"></a>" + escape(x.number()).replace(".", "\\.") + " " + text + marker + "\n\n");
        }
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
    }
}
