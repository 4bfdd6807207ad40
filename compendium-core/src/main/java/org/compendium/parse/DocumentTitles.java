package org.compendium.parse;

import java.util.List;
import org.compendium.model.DocumentType;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.parse.grammar.Bylines;

/**
 * A document's title, chosen among its front matter: the block the readers marked as its title (a resolution's),
 * else the subject above a byline ({@code Report of the Secretariat}), else the longest block that is not the
 * masthead; a session report's own title page, not the titles of the instruments it reproduces.
 */
final class DocumentTitles {
    private DocumentTitles() {
    }

    /** The title of a document of {@code type} made of {@code all} (its segments), at most 300 characters. */
    static String of(List<Segment> all, DocumentType type) {
        // A session report's own front matter is its title page: the titled blocks are those of the instruments it
        // reproduces, each the title of one resolution, not of the report.
        List<Segment> segments = type != DocumentType.SESSION_REPORT ? all
                : all.stream().filter(s -> s.kind() != SegmentKind.FRONT_MATTER || s.label().isEmpty()).toList();
        // A title block marked as such wins; otherwise the longest front matter: the subject, not the body's name.
        List<String> marked = segments.stream()
                .filter(s -> s.kind() == SegmentKind.FRONT_MATTER && s.label().equals("title") && s.path().isEmpty())
                .map(Segment::text).toList();
        String best = String.join(" ", marked);
        List<Segment> front = segments.stream().filter(s -> s.kind() == SegmentKind.FRONT_MATTER && s.path().isEmpty()).toList();
        for (int i = 1; i < front.size() && best.isEmpty(); i++) {
            // A Secretariat report's subject line stands just above "Report of the Secretariat" / "Note du Secrétariat".
            if (Bylines.isByline(front.get(i).text()) && !isMasthead(front.get(i - 1))) {
                best = front.get(i - 1).text();
            }
        }
        if (best.isEmpty()) {
            for (Segment s : segments) {
                if (s.kind() == SegmentKind.FRONT_MATTER && s.path().isEmpty() && s.text().length() > best.length()
                        && !isMasthead(s)) {
                    best = s.text();
                }
            }
        }
        if (best.isEmpty() && !segments.isEmpty() && segments.stream().noneMatch(s -> s.kind() == SegmentKind.FRONT_MATTER)) {
            // Unstructured text: its first paragraph is the best title there is.
            best = segments.getFirst().text();
        }
        // The title proper, without a General Assembly resolution's number (80/123. Political declaration …).
        best = ResolutionBodyReader.NUMBERED_TITLE.matcher(best).replaceFirst("");
        return best.length() > 300 ? best.substring(0, 300).strip() + "…" : best;
    }

    /**
     * Whether a block of front matter is the masthead (read as such from its lines, or holding the distribution line,
     * printed {@code Distr.} in every language's masthead), never a title however long it is.
     */
    private static boolean isMasthead(Segment block) {
        return block.label().equals("masthead") || block.label().equals("contents") || block.text().contains("Distr.")
                || block.text().contains("Distr:");
    }
}
