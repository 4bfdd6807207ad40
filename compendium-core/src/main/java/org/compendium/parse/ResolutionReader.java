package org.compendium.parse;

final class ResolutionReader implements StructureReader {
    @Override
    public void read(NodeCollector collector, DocumentContext context) {
        throw new UnsupportedOperationException("todo");
    }
}
