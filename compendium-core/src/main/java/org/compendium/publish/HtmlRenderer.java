package org.compendium.publish;

import org.compendium.model.IndexPart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexReference;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Instrument;
import org.compendium.publish.Edition.Meeting;
import org.compendium.publish.Edition.Session;

/**
 * Writes an edition as one self-contained HTML file: inline CSS with UN-like typography (serif body, numbered
 * paragraphs with hanging numbers, A4 print rules), a title page, a table of contents, parts A and B, and the index as
 * one table whose header repeats on every printed page ({@code thead { display: table-header-group }}) and whose COP
 * rows are shaded.
 *
 * <p>The output is well-formed XHTML (every element closed, only numeric character references), so that openhtmltopdf
 * can read it as XML for {@link PdfRenderer}.
 */
public final class HtmlRenderer {
    /** Who reads the HTML: a browser (or a person printing it), or openhtmltopdf (page numbers in the contents). */
    public enum Target { SCREEN, PDF }

    private static final String CSS = """
            @page { size: A4; margin: 22mm 20mm 22mm 20mm; }
            html { font-size: 10.5pt; line-height: 1.35; color: #000; }
            body { max-width: 170mm; margin: 0 auto; }
            h1, h2, h3, h4 { font-weight: bold; }
            h1 { font-size: 20pt; margin: 0 0 6mm 0; }
            h2 { font-size: 13pt; margin: 8mm 0 4mm 0; }
            h3 { font-size: 11.5pt; margin: 6mm 0 3mm 0; }
            h4 { font-size: 10.5pt; margin: 5mm 0 2mm 0; text-align: center; }
            .title-page { text-align: center; page-break-after: always; padding-top: 40mm; }
            .title-page p { text-align: center; }
            .title-page .org { font-size: 12pt; letter-spacing: 0.05em; }
            .title-page .unodc { font-size: 28pt; font-weight: bold; color: #009edb; }
            .title-page h1 { margin-top: 50mm; }
            .title-page .sub { font-size: 11pt; margin-top: 20mm; }
            .toc { page-break-after: always; }
            .toc ul { list-style: none; padding: 0; margin: 0; }
            .toc li { margin: 1.5mm 0; }
            .toc li.l2 { margin-left: 8mm; }
            .toc li.l3 { margin-left: 16mm; }
            .toc a { color: #000; text-decoration: none; }
            .part { page-break-before: always; }
            p { margin: 0 0 2.5mm 0; text-align: justify; }
            p.entry { margin-left: 0; orphans: 2; widows: 2; }
            p.entry.last-pp { page-break-after: avoid; }
            p.entry.d1 { margin-left: 10mm; }
            p.entry.d2 { margin-left: 20mm; }
            p.entry .num { padding-right: 2.5mm; }
            p.instrument-title { font-weight: bold; text-align: center; }
            p.opening { font-style: normal; }
            table.index { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; -fs-table-paginate: paginate; }
            table.index th, table.index td { border: 0.5pt solid #666; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
            table.index thead { display: table-header-group; }
            table.index th { background: #e6e6e6; font-weight: bold; }
            table.index tr { page-break-inside: avoid; }
            table.index tr.cop td.data { background: #d9d9d9; }
            table.index td.theme { font-weight: bold; }
            table.index th { font-size: 7pt; }
            table.index .ref { white-space: nowrap; }
            table.index td.symbol { white-space: nowrap; font-size: 8pt; }
            table.index td.part-label { font-style: italic; }
            table.index a { color: #000; text-decoration: none; }
            .note { font-size: 8.5pt; margin-top: 3mm; }
            .front-matter { page-break-after: always; padding-top: 150mm; font-size: 8.5pt; }
            .front-matter p { margin-bottom: 3mm; }
            .marker { font-size: 8pt; color: #555; }
            html[dir=rtl] p, html[dir=rtl] td, html[dir=rtl] th { text-align: right; }
            html[dir=rtl] p.entry.d1 { margin-left: 0; margin-right: 10mm; }
            html[dir=rtl] p.entry.d2 { margin-left: 0; margin-right: 20mm; }
            html[dir=rtl] p.entry .num { padding-right: 0; padding-left: 2.5mm; }
            html[dir=rtl] .toc li.l2 { margin-left: 0; margin-right: 8mm; }
            html[dir=rtl] .toc li.l3 { margin-left: 0; margin-right: 16mm; }
            @media print { a { color: #000; text-decoration: none; } }
            """;

    private static final String PDF_CSS = """
            @page { @bottom-center { content: counter(page); font-family: 'Compendium Serif'; font-size: 9pt; } }
            @page :first { @bottom-center { content: none; } }
            html[dir=ltr] .toc a::after { content: leader('.') target-counter(attr(href), page); }
            """;

    private HtmlRenderer() {
    }

    public static void write(Edition e, Target target, OutputStream out) throws IOException {
        out.write(render(e, target).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole document as a string. */
    public static String render(Edition e, Target target) {
        EditionTexts t = e.texts();
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(esc(e.language()))
                .append("\" dir=\"").append(t.rightToLeft() ? "rtl" : "ltr").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(esc(e.title())).append("</title>\n");
        if (target == Target.PDF) {
            bookmarks(h, e);
        }
        h.append("<style>\n").append(CSS).append(Fonts.css(e.lang()));
        if (target == Target.PDF) {
            h.append(PDF_CSS);
        }
        h.append("</style>\n</head>\n<body>\n");
        titlePage(h, e);
        frontMatter(h, e);
        contents(h, e);
        h.append("<section id=\"introduction\" class=\"part\">\n<h2>").append(esc(t.text("introduction"))).append("</h2>\n");
        e.introduction().forEach(p -> h.append("<p>").append(esc(p)).append("</p>\n"));
        h.append("</section>\n");
        // A part with nothing in it (a body whose store holds no COP instrument on its subject) is left out, not printed empty.
        if (!e.partA().isEmpty()) {
            h.append("<section id=\"part-a\" class=\"part\">\n<h2>").append(esc(e.partAHeading())).append("</h2>\n");
        }
        for (Meeting m : e.partA()) {
            h.append("<section id=\"meeting-").append(m.number()).append("\">\n<h3>").append(esc(m.heading())).append("</h3>\n");
            entries(h, m.entries(), e.texts());
            h.append("</section>\n");
        }
        if (!e.partA().isEmpty()) {
            h.append("</section>\n");
        }
        if (!e.partB().isEmpty()) {
            h.append("<section id=\"part-b\" class=\"part\">\n<h2>").append(esc(e.partBHeading())).append("</h2>\n");
        }
        for (Session s : e.partB()) {
            h.append("<section id=\"session-").append(s.number()).append("\">\n<h3>").append(esc(s.heading())).append("</h3>\n");
            for (Instrument i : s.instruments()) {
                h.append("<h4>").append(esc(i.name())).append("</h4>\n<p class=\"instrument-title\">").append(esc(i.title())).append("</p>\n");
                if (!i.opening().isEmpty()) {
                    h.append("<p class=\"opening\">").append(esc(i.opening())).append("</p>\n");
                }
                entries(h, i.entries(), e.texts());
            }
            h.append("</section>\n");
        }
        if (!e.partB().isEmpty()) {
            h.append("</section>\n");
        }
        index(h, e, true, target == Target.PDF);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void titlePage(StringBuilder h, Edition e) {
        EditionTexts t = e.texts();
        String span = t.span(e.partA().stream().map(Meeting::number).toList(), EditionTexts.Noun.MEETING);
        h.append("<section class=\"title-page\">\n<p class=\"unodc\">").append(esc(t.text("org.short"))).append("</p>\n<p class=\"org\">")
                .append(esc(t.text("org.name"))).append("</p>\n")
                .append("<h1>").append(esc(e.title())).append("</h1>\n<p class=\"sub\">")
                .append(esc(t.bodyName(e.body()))).append(" (").append(esc(e.body().symbolPrefix())).append(")<br/>")
                .append(e.partA().isEmpty() ? "" : esc(span.substring(0, 1).toUpperCase(t.locale()) + span.substring(1)))
                .append("</p>\n</section>\n");
    }

    /** The verso of the title page: copyright, disclaimer, production note, languages ({@link FrontMatter}). */
    private static void frontMatter(StringBuilder h, Edition e) {
        h.append("<section class=\"front-matter\">\n");
        FrontMatter.of(e).paragraphs().forEach(p -> h.append("<p>").append(esc(p)).append("</p>\n"));
        h.append("</section>\n");
    }

    /** The PDF outline (openhtmltopdf reads {@code <bookmarks>} in the head): parts, then meetings and sessions. */
    private static void bookmarks(StringBuilder h, Edition e) {
        h.append("<bookmarks>\n");
        bookmark(h, "introduction", e.texts().text("introduction"), true);
        if (!e.partA().isEmpty()) {
            bookmark(h, "part-a", e.partAHeading(), false);
            e.partA().forEach(m -> bookmark(h, "meeting-" + m.number(), m.heading(), true));
            h.append("</bookmark>\n");
        }
        if (!e.partB().isEmpty()) {
            bookmark(h, "part-b", e.partBHeading(), false);
            e.partB().forEach(s -> bookmark(h, "session-" + s.number(), s.heading(), true));
            h.append("</bookmark>\n");
        }
        bookmark(h, "index", e.indexHeading(), true);
        h.append("</bookmarks>\n");
    }

    private static void bookmark(StringBuilder h, String id, String name, boolean close) {
        h.append("<bookmark name=\"").append(esc(name)).append("\" href=\"#").append(id).append(close ? "\"/>\n" : "\">\n");
    }

    /**
     * The table of contents: a list, with page numbers after dot leaders in a PDF laid out left to right. An Arabic
     * PDF lists the headings without page numbers (its outline links them): openhtmltopdf misplaces a generated page
     * number in a right-to-left line, off the page.
     */
    private static void contents(StringBuilder h, Edition e) {
        List<String[]> items = new java.util.ArrayList<>();
        items.add(new String[] {"1", "introduction", e.texts().text("introduction")});
        if (!e.partA().isEmpty()) {
            items.add(new String[] {"1", "part-a", e.partAHeading()});
        }
        e.partA().forEach(m -> items.add(new String[] {"2", "meeting-" + m.number(), m.heading()}));
        if (!e.partB().isEmpty()) {
            items.add(new String[] {"1", "part-b", e.partBHeading()});
        }
        e.partB().forEach(s -> items.add(new String[] {"2", "session-" + s.number(), s.heading()}));
        items.add(new String[] {"1", "index", e.indexHeading()});
        h.append("<nav class=\"toc\">\n<h2>").append(esc(e.texts().text("contents"))).append("</h2>\n");
        h.append("<ul>\n");
        for (String[] i : items) {
            h.append("<li class=\"l").append(i[0]).append("\"><a href=\"#").append(i[1]).append("\">").append(esc(i[2])).append("</a></li>\n");
        }
        h.append("</ul>\n</nav>\n");
    }

    private static void entries(StringBuilder h, List<Entry> entries, EditionTexts t) {
        for (int k = 0; k < entries.size(); k++) {
            Entry x = entries.get(k);
            // The preamble's last paragraph stays on the page of the first operative one (a preamble never ends a page).
            boolean lastPreambular = isPreambular(x) && k + 1 < entries.size() && !isPreambular(entries.get(k + 1));
            h.append("<p class=\"entry d").append(Math.min(x.depth(), 2)).append(x.shownIn() == null ? "" : " fallback")
                    .append(lastPreambular ? " last-pp" : "")
                    .append("\" id=\"").append(x.citation().anchor()).append('"');
            if (x.shownIn() != null) {
                h.append(" lang=\"").append(x.shownIn().code()).append("\" dir=\"").append(x.shownIn().rightToLeft() ? "rtl" : "ltr").append('"');
            }
            h.append("><span class=\"num\">").append(esc(x.number())).append("</span>");
            if (x.leadingVerb() != null) {
                h.append("<i>").append(esc(x.leadingVerb())).append("</i>").append(esc(x.text().substring(x.leadingVerb().length())));
            } else {
                h.append(esc(x.text()));
            }
            if (x.shownIn() != null) {
                h.append(" <span class=\"marker\" lang=\"").append(t.language().code()).append("\">").append(esc(t.fallbackMarker(x.shownIn()))).append("</span>");
            }
            h.append("</p>\n");
        }
    }

    private static boolean isPreambular(Entry x) {
        return x.citation().eId().main().series() == org.compendium.model.Eid.Series.PREAMBULAR;
    }

    /**
     * The index section; {@code links} makes each reference a link to its paragraph in the same file. {@code visual}
     * writes each row's cells in visual order, right to left for an Arabic edition: openhtmltopdf lays out table
     * columns left to right whatever the direction, where a browser follows {@code dir="rtl"} itself.
     */
    static void index(StringBuilder h, Edition e, boolean links, boolean visual) {
        EditionTexts tx = e.texts();
        boolean reverse = visual && tx.rightToLeft();
        h.append("<section id=\"index\" class=\"part\">\n<h2>").append(esc(e.indexHeading())).append("</h2>\n<table class=\"index\">\n");
        row(h, "<colgroup>", "</colgroup>\n", reverse, "<col style=\"width:22%\"/>", "<col style=\"width:19%\"/>", "<col style=\"width:22%\"/>",
                "<col style=\"width:11%\"/>", "<col style=\"width:13%\"/>", "<col style=\"width:13%\"/>");
        h.append("<thead>\n");
        row(h, "<tr>", "</tr>\n", reverse, "<th rowspan=\"2\">" + esc(tx.text("index.theme")) + "</th>",
                "<th rowspan=\"2\">" + esc(tx.text("index.references")) + "</th>", "<th colspan=\"4\">" + esc(tx.text("index.report")) + "</th>");
        row(h, "<tr>", "</tr>\n", reverse, "<th>" + esc(tx.text("index.symbol")) + "</th>", "<th>" + esc(tx.text("index.instrument")) + "</th>",
                "<th>" + esc(tx.text("index.paragraphs")) + "</th>", "<th>" + esc(tx.text("index.recommendations")) + "</th>");
        h.append("</thead>\n<tbody>\n");
        for (IndexTheme t : e.index()) {
            IndexPart part = null;
            boolean first = true;
            for (IndexRow r : t.rows()) {
                if (r.part() != part) {
                    part = r.part();
                    row(h, "<tr class=\"part-row\">", "</tr>\n", reverse, "<td class=\"theme\">" + (first ? themeLabel(t, tx) : "") + "</td>",
                            "<td class=\"part-label\" colspan=\"5\">" + esc(tx.part(part)) + "</td>");
                    first = false;
                }
                StringBuilder cell = new StringBuilder("<td class=\"data\">");
                List<IndexReference> refs = r.references();
                // A separator's punctuation stays with the reference before it (never ", I.38" at the start of a line).
                String separator = tx.text("list.separator");
                String comma = separator.stripTrailing();
                String space = separator.substring(comma.length());
                for (int i = 0; i < refs.size(); i++) {
                    boolean beforeLast = i == refs.size() - 2;
                    boolean last = i == refs.size() - 1;
                    // One reference never breaks across lines ("I.40" split as "I." / "40" reads as two).
                    cell.append("<span class=\"ref\">");
                    if (links) {
                        cell.append("<a href=\"#").append(refs.get(i).citation().anchor()).append("\">").append(esc(refs.get(i).reference())).append("</a>");
                    } else {
                        cell.append(esc(refs.get(i).reference()));
                    }
                    cell.append(last || beforeLast ? "" : esc(comma)).append("</span>")
                            .append(last ? "" : esc(beforeLast ? tx.text("list.last") : space));
                }
                cell.append("</td>");
                row(h, "<tr class=\"" + (r.part() == IndexPart.B ? "cop" : "wg") + "\">", "</tr>\n", reverse, "<td class=\"theme\"></td>",
                        cell.toString(), "<td class=\"data symbol\">" + esc(r.reportSymbol()) + "</td>", "<td class=\"data\">" + esc(r.instrument()) + "</td>",
                        "<td class=\"data\">" + esc(r.paragraphs()) + "</td>", "<td class=\"data\">" + esc(r.recommendations()) + "</td>");
            }
        }
        h.append("</tbody>\n</table>\n<p class=\"note\">").append(esc(tx.text("index.note"))).append("</p>\n</section>\n");
    }

    /** One table row (or column group): its cells in logical order, or reversed into visual order. */
    private static void row(StringBuilder h, String open, String close, boolean reverse, String... cells) {
        h.append(open);
        for (int i = 0; i < cells.length; i++) {
            h.append(cells[reverse ? cells.length - 1 - i : i]);
        }
        h.append(close);
    }

    /** A theme's label; one shown in French for want of a label in the edition's language is marked. */
    private static String themeLabel(IndexTheme t, EditionTexts tx) {
        if (t.labelShownIn() == null) {
            return esc(t.label());
        }
        return "<span lang=\"" + t.labelShownIn().code() + "\" dir=\"ltr\">" + esc(t.label()) + "</span> <span class=\"marker\">"
                + esc(tx.text("marker.label")) + "</span>";
    }

    /** Escapes text for XHTML content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
