package org.compendium.parse;

/** Reads the structure of one type of document: assigns every line of the source to a provision or a segment. */
interface StructureReader {
    void read(NodeCollector collector, DocumentContext context);
}
