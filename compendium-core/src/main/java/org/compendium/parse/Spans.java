package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import org.compendium.model.SourceSpan;

/** Builds the source spans of nodes from lines: each line contributes its content, without surrounding whitespace. */
final class Spans {
    private final List<SourceSpan> spans = new ArrayList<>();

    void addLine(SourceLines.Line line) {
        if (!line.isBlank()) {
            spans.add(new SourceSpan(line.contentStart(), line.contentEnd()));
        }
    }

    void add(int start, int end) {
        if (end > start) {
            spans.add(new SourceSpan(start, end));
        }
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    List<SourceSpan> list() {
        return List.copyOf(spans);
    }

    static List<SourceSpan> ofLine(SourceLines.Line line) {
        Spans s = new Spans();
        s.addLine(line);
        return s.list();
    }
}
