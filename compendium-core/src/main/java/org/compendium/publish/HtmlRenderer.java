package org.compendium.publish;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes an edition as one self-contained HTML file from the JTE templates {@code src/main/jte/edition.jte},
 * {@code paragraphs.jte} and {@code thematicindex.jte}, compiled to Java by the build (no compiler at run time) with
 * the {@code Html} content type, which escapes every {@code ${...}} for its context: inline CSS with UN-like typography
 * (serif body, numbered paragraphs with hanging numbers, A4 print rules), a title page, a table of contents, parts A
 * and B, and the index as one table whose header repeats on every printed page
 * ({@code thead { display: table-header-group }}) and whose COP rows are shaded. What the templates show is an
 * {@link HtmlEdition}.
 *
 * <p>The output is well-formed XHTML (every element closed, only predefined or numeric character references, no
 * control character), so that openhtmltopdf can read it as XML for {@link PdfRenderer}.
 */
public final class HtmlRenderer {
    /** Who reads the HTML: a browser (or a person printing it), or openhtmltopdf (page numbers in the contents). */
    public enum Target { SCREEN, PDF }

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlRenderer.class.getClassLoader(), HtmlRenderer.class.getPackageName());

    private HtmlRenderer() {
    }

    public static void write(Edition e, Target target, OutputStream out) throws IOException {
        out.write(render(e, target).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole document as a string. */
    public static String render(Edition e, Target target) {
        StringOutput html = new StringOutput(256 * 1024);
        TEMPLATES.render("edition.jte", Map.of("view", HtmlEdition.of(e, target)), new XmlCharacters(html));
        return html.toString();
    }

    /**
     * A template output that writes each control character other than tab and line feed as a space: XML 1.0 forbids
     * them, and openhtmltopdf reads the HTML as XML (a stray one in a stored text would stop the PDF). Every piece of
     * text, the templates' own and the escaped values alike, passes through {@link #writeContent}.
     */
    private static final class XmlCharacters implements TemplateOutput {
        private final TemplateOutput out;

        XmlCharacters(TemplateOutput out) {
            this.out = out;
        }

        @Override
        public void writeContent(String value) {
            out.writeContent(clean(value));
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            out.writeContent(clean(value.substring(beginIndex, endIndex)));
        }

        private static String clean(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\t') {
                    StringBuilder sb = new StringBuilder(s);
                    for (int k = i; k < sb.length(); k++) {
                        char d = sb.charAt(k);
                        if (d < 0x20 && d != '\n' && d != '\t') {
                            sb.setCharAt(k, ' ');
                        }
                    }
                    return sb.toString();
                }
            }
            return s;
        }
    }
}
