package org.compendium.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The names a file may be stored under, shortest first: its file name, then its folder and file name
 * ({@code en/report.pdf}), then one folder more, up to its whole path. A document is stored under the first name
 * no different document has; a new copy of the same document finds its own name again, so a re-ingest replaces it.
 */
final class SourceNames {
    private SourceNames() {
    }

    /** {@code [report.pdf, en/report.pdf, corpus/en/report.pdf, …]} for {@code …/corpus/en/report.pdf}. */
    static List<String> candidates(Path file) {
        Path path = file.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        int count = path.getNameCount();
        for (int first = count - 1; first >= 0; first--) {
            StringBuilder name = new StringBuilder();
            for (int i = first; i < count; i++) {
                name.append(i == first ? "" : "/").append(path.getName(i));
            }
            names.add(name.toString());
        }
        return names;
    }
}
