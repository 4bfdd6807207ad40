package org.compendium.bench;

import java.util.List;
import org.compendium.model.Citation;

/** One engine of the relevance benchmark: the citations it returns for a query, best first. */
interface Ranker extends AutoCloseable {
    /** The engine's name in the printed figures. */
    String name();

    /** At most {@code n} citations for {@code query}, best first, each once; empty when nothing matches. */
    List<Citation> rank(String query, int n) throws Exception;

    @Override
    void close() throws Exception;
}
