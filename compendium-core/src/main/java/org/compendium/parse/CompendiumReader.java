package org.compendium.parse;

final class CompendiumReader implements StructureReader {
    @Override
    public void read(NodeCollector collector, DocumentContext context) {
        throw new UnsupportedOperationException("todo");
    }
}
