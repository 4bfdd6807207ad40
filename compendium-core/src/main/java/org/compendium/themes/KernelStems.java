package org.compendium.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * The stems a {@link ThemeKernel} is built from: every example's, then every theme's label document's, and each
 * example's neighbours' — the provisions just before and after it in its document ({@link TrainingSet#neighbours}),
 * the very texts the suggester reads a provision with, so that training, evaluation and suggestion see one set of
 * neighbours. A neighbour need not be an example (a provision no index row cites is one).
 *
 * @param documents  the stems of every example, then of every theme's label document (vocabulary order)
 * @param neighbours for each example (same order), the stems of its neighbours (none, one or two)
 */
record KernelStems(List<List<String>> documents, List<List<List<String>>> neighbours) {
    KernelStems {
        documents = documents.stream().map(List::copyOf).toList();
        neighbours = neighbours.stream().map(n -> n.stream().map(List::copyOf).toList()).toList();
        if (neighbours.size() > documents.size()) {
            throw new IllegalArgumentException("neighbours of " + neighbours.size() + " examples but "
                    + documents.size() + " documents");
        }
    }

    /** The French stems of {@code examples}' texts and neighbours, then of the label documents of {@code words}. */
    static KernelStems of(List<ThemeClassifier.Example> examples, ThemeWords words) {
        List<List<String>> documents = new ArrayList<>();
        examples.forEach(e -> documents.add(FrenchTerms.stems(e.text())));
        for (int t = 0; t < words.labels().size(); t++) {
            documents.add(FrenchTerms.stems(words.document(t)));
        }
        List<List<List<String>>> neighbours = examples.stream()
                .map(e -> e.neighbours().stream().map(FrenchTerms::stems).toList()).toList();
        return new KernelStems(documents, neighbours);
    }
}
