package org.compendium.ingest;

import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;

/**
 * Counts the tracked insertions ({@code w:ins}) and deletions ({@code w:del}) of a DOCX's body, so that the reader can
 * say it read the document as if they were accepted.
 */
final class TrackedChanges {
    private static final String WORDPROCESSING = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private int insertions;
    private int deletions;

    void count(XWPFDocument document) {
        try (XmlCursor cursor = document.getDocument().getBody().newCursor()) {
            while (cursor.hasNextToken()) {
                if (cursor.toNextToken() == XmlCursor.TokenType.START) {
                    var name = cursor.getName();
                    if (WORDPROCESSING.equals(name.getNamespaceURI())) {
                        switch (name.getLocalPart()) {
                            case "ins" -> insertions++;
                            case "del" -> deletions++;
                            default -> {
                            }
                        }
                    }
                }
            }
        }
    }

    /** E.g. {@code tracked changes read as accepted: 2 insertions kept, 1 deletion left out}; empty when there are none. */
    Optional<String> describe() {
        if (insertions == 0 && deletions == 0) {
            return Optional.empty();
        }
        return Optional.of("tracked changes read as accepted: " + insertions + (insertions == 1 ? " insertion" : " insertions")
                + " kept, " + deletions + (deletions == 1 ? " deletion" : " deletions") + " left out");
    }
}
