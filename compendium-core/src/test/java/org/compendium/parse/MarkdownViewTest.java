package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.compendium.ingest.SourceText;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown as exporters write it — each paragraph behind an inline anchor, its label's dot or brackets escaped, a
 * sub-paragraph indented with an entity ({@code <a id="op_2"></a>2\. Requests …}, {@code &emsp;\(a) To …}) — reads
 * to the same provisions as the plain text. Before {@link MarkdownView}, no label behind an anchor or with an
 * escaped dot was a label: the resolution's operative part ran into its preamble.
 */
class MarkdownViewTest {
    private static final DocumentParser PARSER = new DocumentParser();
    /** A numbered line ({@code 1.}, {@code 1 -}, {@code 1．}) or a lettered one ({@code (a)}, {@code (أ)}), with its label. */
    private static final Pattern LABELLED = Pattern.compile("(?m)^(\\d{1,2})([.．]| -)|^(\\(?)([^)\\s]{1,3})\\)");

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void anchoredAndEscapedLabelsReadAsInPlainText(Language language) throws Exception {
        String plain = LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, language);
        String markdown = LABELLED.matcher(plain).replaceAll(m -> m.group(1) != null
                ? "<a id=\"op_" + m.group(1) + "\"></a>" + m.group(1) + m.group(2).replace(".", "\\\\.")
                : "&emsp;<a id='sub'></a>" + (m.group(3).isEmpty() ? "" : "\\\\(") + m.group(4) + "\\\\)");
        assertThat(markdown).contains("<a id=\"op_1\"></a>1", "&emsp;<a id='sub'></a>");

        ParsedDocument fromText = PARSER.parse(LanguageFixtures.source("r.txt", plain));
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        ParsedDocument fromMarkdown = PARSER.parse(new SourceText("r.md", SourceFormat.MARKDOWN, markdown, "0".repeat(64), bytes.length));

        assertThat(fromMarkdown.provisions()).extracting(p -> p.citation() + " " + p.text())
                .containsExactlyElementsOf(fromText.provisions().stream().map(p -> p.citation() + " " + p.text()).toList())
                .hasSize(18);
    }

    @org.junit.jupiter.api.Test
    void theViewKeepsEveryOffsetAndLeavesOtherMarkupToTheNormaliser() {
        String raw = "<a id=\"x\"></a>1\\. Text \\*kept\\* <b>bold</b> &amp; <a href=\"u\">link</a>";
        String view = MarkdownView.of(raw);

        assertThat(view).hasSameSizeAs(raw).startsWith("              1.  Text \\*kept\\* <b>bold</b> &amp; <a href=\"u\">link");
        assertThat(MarkdownView.of("\\(a\\) x")).isEqualTo(" (a)  x");
        assertThat(MarkdownView.of("no markup")).isSameAs("no markup");
    }
}
