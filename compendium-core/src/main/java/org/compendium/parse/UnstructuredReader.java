package org.compendium.parse;

import java.util.List;
import org.compendium.model.SegmentKind;

/**
 * Reads a document whose type or structure was not recognised as plain text: its paragraphs (runs of lines between
 * blank lines) become text segments, footnotes and page furniture are set apart as everywhere else, and nothing
 * becomes a provision, so that no citation is made up for it. The text stays stored, exported and shown on the document page (the search index holds provisions only).
 */
final class UnstructuredReader implements StructureReader {
    @Override
    public void read(NodeCollector collector, DocumentContext context) {
        FootnoteBlock footnotes = new FootnoteBlock(collector, context.markdown(),
                context.metadata().symbol() == null ? null : context.metadata().symbol().value());
        OpenNode.SegmentDraft paragraph = null;
        for (SourceLines.Line line : collector.lines().lines()) {
            if (line.isBlank()) {
                if (paragraph != null) {
                    paragraph.close(collector);
                    paragraph = null;
                }
                continue;
            }
            if (footnotes.setsAside(line)) {
                continue;
            }
            if (paragraph == null) {
                paragraph = new OpenNode.SegmentDraft(SegmentKind.TEXT, "", List.of());
            }
            paragraph.addLine(line);
        }
        footnotes.close();
        if (paragraph != null) {
            paragraph.close(collector);
        }
    }
}
