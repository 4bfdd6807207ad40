package org.compendium.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.compendium.model.Citation;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;

/** A node a structure reader is still adding lines to; closing it hands it to the collector. */
sealed interface OpenNode permits OpenNode.ProvisionDraft, OpenNode.SegmentDraft {

    Spans spans();

    default void addLine(SourceLines.Line line) {
        spans().addLine(line);
    }

    void close(NodeCollector collector);

    /** A provision being read. {@code labelPattern} matches the designation to cut from the start of its text. */
    final class ProvisionDraft implements OpenNode {
        final Citation citation;
        final ProvisionKind kind;
        final String number;
        final List<String> path;
        final String label;
        final Pattern labelPattern;
        final Integer meeting;
        final Integer session;
        String leadingVerb;
        private final Spans spans = new Spans();

        ProvisionDraft(Citation citation, ProvisionKind kind, String number, List<String> path, String label,
                       Pattern labelPattern, Integer meeting, Integer session) {
            this.citation = citation;
            this.kind = kind;
            this.number = number;
            this.path = List.copyOf(path);
            this.label = label;
            this.labelPattern = labelPattern;
            this.meeting = meeting;
            this.session = session;
        }

        @Override
        public Spans spans() {
            return spans;
        }

        @Override
        public void close(NodeCollector collector) {
            String text = collector.textWithoutLabel(spans.list(), labelPattern);
            if (kind == ProvisionKind.PREAMBULAR || kind == ProvisionKind.OPERATIVE) {
                // Italics win, but some sources italicise only the verb ("*Prie* instamment"): extend them.
                String guessed = collector.leadingVerb(text);
                if (leadingVerb == null || guessed != null && guessed.startsWith(leadingVerb) && guessed.length() > leadingVerb.length()) {
                    leadingVerb = guessed;
                }
            }
            collector.addProvision(citation, kind, number, path, label, text, leadingVerb, spans.list(), meeting, session);
        }
    }

    /** A heading, footnote or other segment being read. */
    final class SegmentDraft implements OpenNode {
        final SegmentKind kind;
        final String label;
        final List<String> path;
        private final Spans spans = new Spans();

        SegmentDraft(SegmentKind kind, String label, List<String> path) {
            this.kind = kind;
            this.label = label;
            this.path = List.copyOf(path);
        }

        /** The same lines read so far, under another label (what they were is known only from what follows). */
        SegmentDraft labelled(String newLabel) {
            SegmentDraft d = new SegmentDraft(kind, newLabel, path);
            spans.list().forEach(span -> d.spans.add(span.start(), span.end()));
            return d;
        }

        @Override
        public Spans spans() {
            return spans;
        }

        @Override
        public void close(NodeCollector collector) {
            collector.addSegment(kind, label, path, spans.list());
        }
    }
}
