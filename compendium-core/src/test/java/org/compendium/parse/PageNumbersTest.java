package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * A bare page number at the bottom of a PDF page is page furniture wherever the page breaks: after the comma that ends
 * a preambular paragraph, after a sub-paragraph's comma or semicolon, after a comma inside a paragraph; it is never a
 * provision, nor part of one's text.
 */
class PageNumbersTest {
    /** The comma or semicolon of the six languages' typography, and the line end or space after it. */
    private static final Pattern CLAUSE_END = Pattern.compile("([,;،؛，；])( |$)?", Pattern.MULTILINE);

    @Test
    void aPageNumberAfterACommaIsPageFurnitureInEveryFixtureAndLanguage() {
        for (String kind : LanguageFixtures.KINDS) {
            for (Language language : LanguageFixtures.languages()) {
                String clean = LanguageFixtures.text(kind, language);
                PagedText paged = breakPagesAfterCommas(clean);
                assertThat(paged.pages()).as(kind + "-" + language.code()).isGreaterThan(3);
                ParsedDocument expected = parse(kind, language, clean);
                ParsedDocument actual = parse(kind, language, paged.text());
                assertThat(signatures(actual)).as(kind + "-" + language.code()).isEqualTo(signatures(expected));
                assertThat(actual.warnings()).as(kind + "-" + language.code()).isEqualTo(expected.warnings());
                List<String> furniture = actual.segments().stream().filter(s -> s.kind() == SegmentKind.PAGE_FURNITURE)
                        .map(Segment::text).toList();
                assertThat(furniture).as(kind + "-" + language.code()).containsAll(paged.numbers());
                assertThat(actual.coverage().complete()).as(kind + "-" + language.code()).isTrue();
            }
        }
    }

    @Test
    void aBareNumberInsideAPageIsLeftToTheReaders() {
        // Not at a page's edge: a number alone on a line inside a page is not taken for its page number.
        String clean = LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH);
        String text = clean.replace("within existing resources:", "within existing resources:\n7\nmore") + "\f";
        ParsedDocument d = parse(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH, text);
        assertThat(d.provisions().stream().filter(p -> p.text().contains("resources: 7 more")).count()).isEqualTo(1);
    }

    /** The lines of a fixture's first page, its heading and title among them, which no page break cuts. */
    private static final int FIRST_PAGE_LINES = 5;

    /** A text and the page numbers it was given. */
    private record PagedText(String text, int pages, List<String> numbers) {
    }

    /**
     * The text with a page break after the first comma or semicolon of every second paragraph after the first page's
     * (a comma ending the line if it has no other): the page's number alone on the line above the form feed, as
     * PDFBox extracts a page's footer.
     */
    private static PagedText breakPagesAfterCommas(String clean) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayList<String> numbers = new java.util.ArrayList<>();
        int page = 1;
        int paragraph = 0;
        for (String line : clean.split("\n", -1)) {
            Matcher m = CLAUSE_END.matcher(line);
            // The title and heading lines of the first page are left whole: a title never breaks across pages.
            if (!line.isBlank() && paragraph++ >= FIRST_PAGE_LINES && paragraph % 2 == 0 && m.find()) {
                numbers.add(String.valueOf(page));
                out.append(line, 0, m.end(1)).append('\n').append(page++).append("\n\f").append(line.substring(m.end(1)).strip());
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return new PagedText(out.toString(), page, List.copyOf(numbers));
    }

    private static ParsedDocument parse(String kind, Language language, String text) {
        try {
            return new DocumentParser().parse(LanguageFixtures.source(kind + "-" + language.code() + ".txt", text));
        } catch (org.compendium.ingest.RejectedInputException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> signatures(ParsedDocument d) {
        return d.provisions().stream().map(PageNumbersTest::signature).toList();
    }

    private static String signature(Provision p) {
        return p.citation() + " | " + p.kind() + " | " + p.path() + " | " + p.leadingVerb() + " | " + p.text();
    }
}
