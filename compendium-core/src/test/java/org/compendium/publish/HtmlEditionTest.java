package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.IndexPart;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexReference;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML edition written by the JTE templates: every stored text is escaped (a provision or a theme label that looks
 * like markup stays text), the output is well-formed XML for openhtmltopdf whatever the text holds, and a right-to-left
 * PDF gets its index cells in visual order.
 */
class HtmlEditionTest {
    private static final String HOSTILE = "States <script>alert('x')</script> & \"parties\" should\u0001 act";

    private static Edition edition(String language) {
        Citation rec1 = Citation.parse("CTOC/COP/WG.4 meeting 14 rec. 1");
        Entry entry = new Entry("XIV.1", rec1, "1.", 0, null, HOSTILE);
        Meeting meeting = new Meeting(14, "XIV", "XIV. <b>Fourteenth</b> meeting", null, "CTOC/COP/WG.4/2025/5", "fixture", List.of(entry));
        IndexRow row = new IndexRow(IndexPart.A, List.of(new IndexReference("XIV.1", rec1, "1")), "CTOC/COP/WG.4/2025/5", null, "", "1");
        IndexTheme theme = new IndexTheme("t1", "Border <i>control</i> & \"checks\"", List.of(row));
        return new Edition(Body.WG_TIP, language, null, null, "Trafficking <em>in</em> persons", List.of("An introduction & a <note>."),
                List.of(meeting), List.of(), List.of(theme), List.of(), List.of());
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(HtmlRenderer.Target.class)
    void storedTextThatLooksLikeMarkupIsEscapedAndTheOutputIsWellFormedXml(HtmlRenderer.Target target) throws Exception {
        String html = HtmlRenderer.render(edition("en"), target);
        Document doc = parse(html);
        assertThat(elements(doc, "script")).isEmpty();
        assertThat(elements(doc, "b")).isEmpty();
        assertThat(elements(doc, "em")).isEmpty();
        assertThat(elements(doc, "note")).isEmpty();
        assertThat(elements(doc, "title").getFirst().getTextContent()).isEqualTo("Trafficking <em>in</em> persons");
        Element paragraph = elements(doc, "p").stream().filter(p -> "wg4-meeting-14.rec_1".equals(p.getAttribute("id"))).findFirst().orElseThrow();
        // The control character, which XML 1.0 forbids, is written as a space; the rest is the stored text.
        assertThat(paragraph.getTextContent()).isEqualTo("1." + HOSTILE.replace('\u0001', ' '));
        assertThat(elements(doc, "td")).anySatisfy(td -> assertThat(td.getTextContent()).isEqualTo("Border <i>control</i> & \"checks\""));
        assertThat(elements(doc, "h3").getFirst().getTextContent()).isEqualTo("XIV. <b>Fourteenth</b> meeting");
        assertThat(html).doesNotContain("\u0001");
        if (target == HtmlRenderer.Target.PDF) {
            assertThat(elements(doc, "bookmark")).extracting(b -> b.getAttribute("name")).contains("XIV. <b>Fourteenth</b> meeting");
        } else {
            assertThat(elements(doc, "bookmarks")).isEmpty();
        }
    }

    @Test
    void aRightToLeftPdfWritesTheIndexCellsInVisualOrderWhereABrowserGetsThemInLogicalOrder() throws Exception {
        List<String> logical = firstDataRow(HtmlRenderer.render(edition("ar"), HtmlRenderer.Target.SCREEN));
        List<String> visual = firstDataRow(HtmlRenderer.render(edition("ar"), HtmlRenderer.Target.PDF));
        assertThat(logical).containsExactly("", "XIV.1", "CTOC/COP/WG.4/2025/5", "", "", "1");
        assertThat(visual).isEqualTo(logical.reversed());
        assertThat(firstDataRow(HtmlRenderer.render(edition("en"), HtmlRenderer.Target.PDF))).isEqualTo(logical);
    }

    private static List<String> firstDataRow(String html) throws Exception {
        Element row = elements(parse(html), "tr").stream().filter(tr -> "wg".equals(tr.getAttribute("class"))).findFirst().orElseThrow();
        NodeList cells = row.getElementsByTagNameNS("*", "td");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            out.add(cells.item(i).getTextContent());
        }
        return out;
    }
}
