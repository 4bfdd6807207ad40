package org.compendium.parse;

import java.util.List;
import org.compendium.model.DocumentType;

/** Reads a stand-alone COP resolution or decision. */
final class ResolutionReader implements StructureReader {
    @Override
    public void read(NodeCollector collector, DocumentContext context) {
        new ResolutionBodyReader(collector, context.markdown(), context.work(), context.metadata().session(), null,
                List.of(), context.metadata().type() == DocumentType.DECISION, context.grammar(),
                context.metadata().symbol() == null ? null : context.metadata().symbol().value()).read(collector.lines().lines());
    }
}
