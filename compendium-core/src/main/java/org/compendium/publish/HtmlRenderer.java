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
            html { font-family: 'Compendium Serif', 'DejaVu Serif', 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; line-height: 1.35; color: #000; }
            body { max-width: 170mm; margin: 0 auto; }
            h1, h2, h3, h4 { font-family: 'Compendium Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-weight: bold; }
            h1 { font-size: 20pt; margin: 0 0 6mm 0; }
            h2 { font-size: 13pt; margin: 8mm 0 4mm 0; }
            h3 { font-size: 11.5pt; margin: 6mm 0 3mm 0; }
            h4 { font-size: 10.5pt; margin: 5mm 0 2mm 0; text-align: center; }
            .title-page { text-align: center; page-break-after: always; padding-top: 40mm; }
            .title-page p { text-align: center; }
            .title-page .org { font-size: 12pt; letter-spacing: 0.05em; }
            .title-page .unodc { font-size: 28pt; font-weight: bold; font-family: 'Compendium Sans', 'DejaVu Sans', sans-serif; color: #009edb; }
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
            p.entry { margin-left: 0; }
            p.entry.d1 { margin-left: 10mm; }
            p.entry.d2 { margin-left: 20mm; }
            p.entry .num { padding-right: 2.5mm; }
            p.instrument-title { font-weight: bold; text-align: center; }
            p.opening { font-style: normal; }
            table.index { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; -fs-table-paginate: paginate; }
            table.index th, table.index td { border: 0.5pt solid #666; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
            table.index thead { display: table-header-group; }
            table.index th { background: #e6e6e6; font-family: 'Compendium Sans', 'DejaVu Sans', sans-serif; font-weight: bold; }
            table.index tr { page-break-inside: avoid; }
            table.index tr.cop td.data { background: #d9d9d9; }
            table.index td.theme { font-weight: bold; }
            table.index th { font-size: 7pt; }
            table.index .ref { white-space: nowrap; }
            table.index td.part-label { font-style: italic; }
            table.index a { color: #000; text-decoration: none; }
            .note { font-size: 8.5pt; margin-top: 3mm; }
            @media print { a { color: #000; text-decoration: none; } }
            """;

    private static final String PDF_CSS = """
            @page { @bottom-center { content: counter(page); font-family: 'Compendium Serif'; font-size: 9pt; } }
            @page :first { @bottom-center { content: none; } }
            .toc a::after { content: leader('.') target-counter(attr(href), page); }
            """;

    private HtmlRenderer() {
    }

    public static void write(Edition e, Target target, OutputStream out) throws IOException {
        out.write(render(e, target).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole document as a string. */
    public static String render(Edition e, Target target) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(esc(e.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(esc(e.title())).append("</title>\n<style>\n").append(CSS);
        if (target == Target.PDF) {
            h.append(PDF_CSS);
        }
        h.append("</style>\n</head>\n<body>\n");
        titlePage(h, e);
        contents(h, e);
        h.append("<section id=\"introduction\" class=\"part\">\n<h2>Introduction</h2>\n");
        e.introduction().forEach(p -> h.append("<p>").append(esc(p)).append("</p>\n"));
        h.append("</section>\n<section id=\"part-a\" class=\"part\">\n<h2>").append(esc(e.partAHeading())).append("</h2>\n");
        for (Meeting m : e.partA()) {
            h.append("<section id=\"meeting-").append(m.number()).append("\">\n<h3>").append(esc(m.heading())).append("</h3>\n");
            entries(h, m.entries());
            h.append("</section>\n");
        }
        h.append("</section>\n<section id=\"part-b\" class=\"part\">\n<h2>").append(esc(e.partBHeading())).append("</h2>\n");
        for (Session s : e.partB()) {
            h.append("<section id=\"session-").append(s.number()).append("\">\n<h3>").append(esc(s.heading())).append("</h3>\n");
            for (Instrument i : s.instruments()) {
                h.append("<h4>").append(esc(i.name())).append("</h4>\n<p class=\"instrument-title\">").append(esc(i.title()))
                        .append("</p>\n<p class=\"opening\">").append(esc(i.opening())).append("</p>\n");
                entries(h, i.entries());
            }
            h.append("</section>\n");
        }
        h.append("</section>\n");
        index(h, e, true);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void titlePage(StringBuilder h, Edition e) {
        h.append("<section class=\"title-page\">\n<p class=\"unodc\">ONUDC</p>\n<p class=\"org\">Office des Nations Unies contre la drogue et le crime</p>\n")
                .append("<h1>").append(esc(e.title())).append("</h1>\n<p class=\"sub\">")
                .append(esc(e.body().frenchName())).append(" (").append(esc(e.body().symbolPrefix())).append(")<br/>")
                .append(e.partA().isEmpty() ? "" : esc(FrenchText.span(e.partA().stream().map(Meeting::number).toList(), "réunion")
                        .replaceFirst("^de sa", "De sa").replaceFirst("^à sa", "À sa")))
                .append("</p>\n</section>\n");
    }

    private static void contents(StringBuilder h, Edition e) {
        h.append("<nav class=\"toc\">\n<h2>Table des matières</h2>\n<ul>\n");
        toc(h, 1, "introduction", "Introduction");
        toc(h, 1, "part-a", e.partAHeading());
        e.partA().forEach(m -> toc(h, 2, "meeting-" + m.number(), m.heading()));
        toc(h, 1, "part-b", e.partBHeading());
        e.partB().forEach(s -> toc(h, 2, "session-" + s.number(), s.heading()));
        toc(h, 1, "index", Edition.INDEX_HEADING);
        h.append("</ul>\n</nav>\n");
    }

    private static void toc(StringBuilder h, int level, String id, String text) {
        h.append("<li class=\"l").append(level).append("\"><a href=\"#").append(id).append("\">").append(esc(text)).append("</a></li>\n");
    }

    private static void entries(StringBuilder h, List<Entry> entries) {
        for (Entry x : entries) {
            h.append("<p class=\"entry d").append(Math.min(x.depth(), 2)).append("\" id=\"").append(x.citation().anchor())
                    .append("\"><span class=\"num\">").append(esc(x.number())).append("</span>");
            if (x.leadingVerb() != null) {
                h.append("<i>").append(esc(x.leadingVerb())).append("</i>").append(esc(x.text().substring(x.leadingVerb().length())));
            } else {
                h.append(esc(x.text()));
            }
            h.append("</p>\n");
        }
    }

    /** The index section; {@code links} makes each reference a link to its paragraph in the same file. */
    static void index(StringBuilder h, Edition e, boolean links) {
        h.append("<section id=\"index\" class=\"part\">\n<h2>").append(esc(Edition.INDEX_HEADING)).append("</h2>\n")
                .append("<table class=\"index\">\n<colgroup><col style=\"width:22%\"/><col style=\"width:19%\"/><col style=\"width:22%\"/>")
                .append("<col style=\"width:11%\"/><col style=\"width:13%\"/><col style=\"width:13%\"/></colgroup>\n<thead>\n<tr><th rowspan=\"2\">Thème</th><th rowspan=\"2\">Paragraphes/recommandations dans le recueil (section/paragraphe/alinéa)</th>")
                .append("<th colspan=\"4\">Rapport de réunion</th></tr>\n<tr><th>Cote</th><th>Résolution/ décision</th><th>Para&#173;graphes</th><th>Recomman&#173;dations</th></tr>\n</thead>\n<tbody>\n");
        for (IndexTheme t : e.index()) {
            IndexPart part = null;
            boolean first = true;
            for (IndexRow r : t.rows()) {
                if (r.part() != part) {
                    part = r.part();
                    h.append("<tr class=\"part-row\"><td class=\"theme\">").append(first ? esc(t.label()) : "")
                            .append("</td><td class=\"part-label\" colspan=\"5\">Partie ").append(part).append("</td></tr>\n");
                    first = false;
                }
                h.append("<tr class=\"").append(r.part() == IndexPart.B ? "cop" : "wg").append("\"><td class=\"theme\"></td><td class=\"data\">");
                List<IndexReference> refs = r.references();
                for (int i = 0; i < refs.size(); i++) {
                    h.append(i == 0 ? "" : i == refs.size() - 1 ? " et " : ", ");
                    // One reference never breaks across lines ("I.40" split as "I." / "40" reads as two).
                    h.append("<span class=\"ref\">");
                    if (links) {
                        h.append("<a href=\"#").append(refs.get(i).citation().anchor()).append("\">").append(esc(refs.get(i).reference())).append("</a>");
                    } else {
                        h.append(esc(refs.get(i).reference()));
                    }
                    h.append("</span>");
                }
                h.append("</td><td class=\"data symbol\">").append(esc(r.reportSymbol())).append("</td><td class=\"data\">").append(esc(r.instrument()))
                        .append("</td><td class=\"data\">").append(esc(r.paragraphs())).append("</td><td class=\"data\">").append(esc(r.recommendations()))
                        .append("</td></tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n<p class=\"note\">").append(esc(IndexNote.TEXT)).append("</p>\n</section>\n");
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
